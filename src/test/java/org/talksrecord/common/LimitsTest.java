package org.talksrecord.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.talksrecord.support.GraphQL.post;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;

/** Abuse limits answer before anything reaches the database. */
@QuarkusTest
class LimitsTest {

    @Test
    void deeplyNestedQueryIsRefused() {
        String query = "{ participants { nodes { " + "affiliation { ".repeat(30) + "name" + " }".repeat(30)
                + " } } }";
        post(query).body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].message", containsString("depth"));
    }

    @Test
    void fiveHundredAliasedListsAreRefused() {
        StringBuilder query = new StringBuilder("{");
        for (int i = 0; i < 500; i++) {
            query.append(" a").append(i).append(": statements(first: 100) { nodes { text } }");
        }
        post(query.append(" }").toString()).body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].message", containsString("complexity"));
    }

    @Test
    void tooManyParserTokensAreRefusedBeforeParsingEnds() {
        String query = "{ participants { nodes { " + "name ".repeat(20_000) + "} } }";
        post(query).body("data", nullValue()).body("errors[0].extensions.code", equalTo("GRAPHQL_PARSE_FAILED"))
                .body("errors[0].message", containsString("15000 tokens"));
    }

    @Test
    void oversizedBodyIsRefused() {
        String body = new JsonObject().put("query", "{ participants { totalCount } }")
                .put("variables", new JsonObject().put("padding", "x".repeat(200_000))).encode();
        given().contentType("application/json").body(body).when().post("/graphql").then().statusCode(413);
    }

    @Test
    void corsPreflightAllowsBrowserFrontends() {
        given().header("Origin", "https://news.example").header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type,authorization")
                .when().options("/graphql")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", "https://news.example")
                .header("Access-Control-Allow-Headers", containsString("authorization"));
    }
}
