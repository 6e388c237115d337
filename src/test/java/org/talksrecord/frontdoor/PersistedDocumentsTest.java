package org.talksrecord.frontdoor;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.talksrecord.support.Fixtures;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.vertx.core.json.JsonObject;

/** Automatic persisted queries as Apollo Client and urql send them, by POST and GET, shared through PostgreSQL. */
@QuarkusTest
class PersistedDocumentsTest {

    @Inject
    Fixtures fixtures;

    private static JsonObject persistedQuery(String hash) {
        return new JsonObject().put("persistedQuery", new JsonObject().put("version", 1).put("sha256Hash", hash));
    }

    private static ValidatableResponse post(JsonObject body) {
        return given().contentType("application/json").body(body.encode()).post("/graphql").then();
    }

    private static String hash(String document) {
        return org.talksrecord.endpoint.TestHashes.sha256(document);
    }

    @Test
    void unknownHashIsAskedForTheDocumentThenRemembered() {
        String document = "{ participants(first: 1) { totalCount } __typename }";
        String hash = hash(document);
        post(new JsonObject().put("extensions", persistedQuery(hash))).statusCode(200)
                .body("errors[0].message", equalTo("PersistedQueryNotFound"))
                .body("errors[0].extensions.code", equalTo("PERSISTED_QUERY_NOT_FOUND"));
        post(new JsonObject().put("query", document).put("extensions", persistedQuery(hash))).statusCode(200)
                .body("errors", nullValue()).body("data.__typename", equalTo("Query"));
        post(new JsonObject().put("extensions", persistedQuery(hash))).statusCode(200)
                .body("errors", nullValue()).body("data.__typename", equalTo("Query"));
        given().queryParam("extensions", persistedQuery(hash).encode()).get("/graphql").then().statusCode(200)
                .body("data.__typename", equalTo("Query"));
    }

    @Test
    void aHashThatIsNotTheDocumentsIsRefused() {
        post(new JsonObject().put("query", "{ __typename }").put("extensions", persistedQuery(hash("{ other }"))))
                .statusCode(200).body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("data", nullValue());
    }

    @Test
    void aDocumentAnotherReplicaStoredRunsHere() {
        String document = "{ agreements(first: 1) { totalCount } }";
        String hash = hash(document);
        fixtures.execute("insert into persisted_document (id, document) values ($1, $2)", hash, document);
        post(new JsonObject().put("extensions", persistedQuery(hash)))
                .body("errors", nullValue()).body("data.agreements.totalCount", equalTo(1));
        post(new JsonObject().put("documentId", "sha256:" + hash))
                .body("errors", nullValue()).body("data.agreements.totalCount", equalTo(1));
    }

    @Test
    void variablesGoWithAPersistedDocumentByGet() {
        String document = "query($n: Int) { participants(first: $n) { nodes { name } } }";
        String hash = hash(document);
        post(new JsonObject().put("query", document).put("extensions", persistedQuery(hash))).statusCode(200);
        given().queryParam("extensions", persistedQuery(hash).encode())
                .queryParam("variables", new JsonObject().put("n", 2).encode())
                .get("/graphql").then().statusCode(200).body("data.participants.nodes.size()", equalTo(2));
    }
}
