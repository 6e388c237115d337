package org.talksrecord.frontdoor;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;

/** Queries sent by GET are cacheable with validators; errors, POSTs and mutations never are. */
@QuarkusTest
class HttpCachingTest {

    private static final String QUERY = "{ negotiations(first: 2) { nodes { title } } }";

    @Test
    void getAnswersCarryAnETagAndRevalidateTo304() {
        String etag = given().queryParam("query", QUERY).get("/graphql").then().statusCode(200)
                .header("Cache-Control", equalTo("public, max-age=0"))
                .header("Vary", containsString("Accept"))
                .header("ETag", notNullValue()).extract().header("ETag");
        given().queryParam("query", QUERY).header("If-None-Match", etag).get("/graphql").then().statusCode(304)
                .header("ETag", equalTo(etag)).body(emptyString());
        given().queryParam("query", QUERY).header("If-None-Match", "\"stale\"").get("/graphql").then()
                .statusCode(200).header("ETag", equalTo(etag));
    }

    @Test
    void errorsAndPostsAreNeverCacheable() {
        given().queryParam("query", "{ participant(id: \"nope\") { name } }").get("/graphql").then()
                .statusCode(200).header("Cache-Control", equalTo("no-store"))
                .header("ETag", org.hamcrest.Matchers.nullValue());
        given().contentType("application/json").body(new JsonObject().put("query", QUERY).encode())
                .post("/graphql").then().statusCode(200).header("Cache-Control", equalTo("no-store"));
        given().queryParam("query", "{ shoeSize }").get("/graphql").then()
                .header("Cache-Control", equalTo("no-store"));
    }
}
