package org.talksrecord.frontdoor;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.talksrecord.support.Tokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import io.vertx.core.json.JsonObject;

/** The statuses, media types and coded errors of GraphQL over HTTP, for each kind of request a client can send. */
@QuarkusTest
class GraphQLOverHttpTest {

    private static final String GRAPHQL_RESPONSE = "application/graphql-response+json";
    private static final String JSON = "application/json";

    private static RequestSpecification accepting(String accept) {
        return given().header("Accept", accept).contentType(JSON);
    }

    private static String body(String query, JsonObject variables) {
        return new JsonObject().put("query", query).put("variables", variables).encode();
    }

    @ParameterizedTest
    @CsvSource({"application/graphql-response+json, application/graphql-response+json",
            "application/json, application/json", "*/*, application/json",
            "'application/graphql-response+json, application/json;q=0.9', application/graphql-response+json"})
    void answersInTheMediaTypeTheClientAccepts(String accept, String contentType) {
        accepting(accept).body(body("{ __typename }", null)).post("/graphql").then().statusCode(200)
                .contentType(startsWith(contentType)).body("data.__typename", equalTo("Query"));
    }

    @Test
    void withoutAcceptTheAnswerIsJson() {
        given().contentType(JSON).body(body("{ __typename }", null)).post("/graphql").then().statusCode(200)
                .contentType(startsWith(JSON));
    }

    @Test
    void anUnacceptableMediaTypeIsRefused() {
        accepting("text/html").body(body("{ __typename }", null)).post("/graphql").then().statusCode(406);
    }

    @ParameterizedTest
    @CsvSource({"'{ participants(first: ', GRAPHQL_PARSE_FAILED", "'{ shoeSize }', GRAPHQL_VALIDATION_FAILED",
            "'{ participants(first: \"ten\") { totalCount } }', GRAPHQL_VALIDATION_FAILED",
            "'{ statements(filter: {from: \"yesterday\"}) { totalCount } }', GRAPHQL_VALIDATION_FAILED"})
    void refusedDocumentsAre400ForGraphQLResponsesAnd200ForJson(String query, String code) {
        accepting(GRAPHQL_RESPONSE).body(body(query, null)).post("/graphql").then().statusCode(400)
                .body("errors[0].extensions.code", equalTo(code)).body("$", not(hasKey("data")));
        accepting(JSON).body(body(query, null)).post("/graphql").then().statusCode(200)
                .body("errors[0].extensions.code", equalTo(code)).body("data", nullValue());
    }

    @Test
    void aLiteralDateThatIsNoDateNamesTheArgument() {
        accepting(GRAPHQL_RESPONSE).body(body("{ statements(filter: {from: \"AAAA\"}) { totalCount } }", null))
                .post("/graphql").then().statusCode(400)
                .body("errors[0].extensions.field", equalTo("filter.from"))
                .body("errors[0].message", containsString("2025-05-23"))
                .body(not(containsString("StringValue")));
    }

    @Test
    void variablesThatDoNotCoerceAreRefusedBeforeAnythingRuns() {
        String query = "query($f: StatementFilter, $n: Int) { statements(filter: $f, first: $n) { totalCount } }";
        accepting(GRAPHQL_RESPONSE).body(body(query, new JsonObject().put("f", new JsonObject().put("from", "AAAA"))))
                .post("/graphql").then().statusCode(400)
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.field", equalTo("f.from"));
        accepting(JSON).body(body(query, new JsonObject().put("n", "ten"))).post("/graphql").then().statusCode(200)
                .body("errors[0].extensions.field", equalTo("n")).body("data", nullValue());
        accepting(JSON).body(body(query, new JsonObject().put("n", 3_000_000_000L))).post("/graphql").then()
                .body("errors[0].extensions.field", equalTo("n"));
        accepting(JSON).body(body(query, new JsonObject().put("f", new JsonObject().put("colour", "red"))))
                .post("/graphql").then().body("errors[0].extensions.field", equalTo("f.colour"));
        accepting(JSON).body(body(query, new JsonObject().put("f", new JsonObject().put("text", "a\u0000b"))))
                .post("/graphql").then().body("errors[0].extensions.field", equalTo("f.text"));
        accepting(JSON).body(body("query($s: ExchangeStatus) { exchanges(filter: {status: $s}) { totalCount } }",
                new JsonObject().put("s", "LOST"))).post("/graphql").then()
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].message", containsString("COMPLETED"));
    }

    @Test
    void malformedRequestsAre400WhateverTheClientAccepts() {
        accepting(JSON).body("{ \"not a JSON").post("/graphql").then().statusCode(400)
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        accepting(JSON).body("{\"query\": 42}").post("/graphql").then().statusCode(400);
        accepting(JSON).body("{\"query\": \"{ __typename }\", \"variables\": [1]}").post("/graphql").then()
                .statusCode(400);
        accepting(JSON).body("{\"qeury\": \"{ __typename }\"}").post("/graphql").then().statusCode(400);
    }

    @Test
    void aPostWithoutJsonContentTypeIsRefused() {
        given().contentType("text/plain").body(body("{ __typename }", null)).post("/graphql").then().statusCode(415);
        given().body(body("{ __typename }", null).getBytes()).post("/graphql").then().statusCode(415);
    }

    @Test
    void aRepeatedContentTypeValueIsUnderstood() {
        given().header("Content-Type", "application/json, application/json")
                .body(body("{ __typename }", null).getBytes(StandardCharsets.UTF_8))
                .post("/graphql").then().statusCode(200).body("data.__typename", equalTo("Query"));
    }

    @Test
    void queriesRunByGetAndMutationsDoNot() {
        given().queryParam("query", "{ __typename }").get("/graphql").then().statusCode(200)
                .body("data.__typename", equalTo("Query"));
        given().header("Accept", GRAPHQL_RESPONSE)
                .queryParam("query", "mutation { deleteParticipant(id: \"UGFydGljaXBhbnQ6MQ\") }")
                .get("/graphql").then().statusCode(405).header("Allow", "POST");
    }

    @Test
    void anInvalidTokenOnAMutationGetsACodedAnswer() {
        accepting(JSON).header("Authorization", "Bearer " + Tokens.expired())
                .body(body("mutation { deleteParticipant(id: \"UGFydGljaXBhbnQ6MQ\") }", null))
                .post("/graphql").then().statusCode(401).contentType(startsWith(JSON))
                .body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"));
    }

    @Test
    void severalOperationsNeedAName() {
        String document = "query A { __typename } query B { participants { totalCount } }";
        accepting(GRAPHQL_RESPONSE).body(body(document, null)).post("/graphql").then().statusCode(400)
                .body("errors[0].extensions.field", equalTo("operationName"));
        accepting(JSON).body(new JsonObject().put("query", document).put("operationName", "A").encode())
                .post("/graphql").then().statusCode(200).body("data.__typename", equalTo("Query"));
    }

}
