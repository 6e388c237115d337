package org.talksrecord.frontdoor;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.talksrecord.changes.GraphQLSocket;
import org.talksrecord.endpoint.TestHashes;
import org.talksrecord.support.Tokens;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ValidatableResponse;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/** In the trusted mode only documents of the manifest, or trusted by an editor, run; editors run anything. */
@QuarkusTest
@TestProfile(TrustedDocumentsTest.Trusted.class)
class TrustedDocumentsTest {

    public static class Trusted implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("talks.documents", "trusted",
                    "talks.documents.manifest", "src/test/resources/documents/manifest.json");
        }
    }

    private static final String AGREEMENTS = "{ agreements { totalCount } }";

    @TestHTTPResource("/graphql")
    URL endpoint;

    private static ValidatableResponse post(JsonObject body, String token) {
        var request = given().contentType("application/json").body(body.encode());
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request.post("/graphql").then();
    }

    private static JsonObject apq(String hash) {
        return new JsonObject().put("persistedQuery", new JsonObject().put("version", 1).put("sha256Hash", hash));
    }

    @Test
    void documentsOfTheManifestRunByIdHashOrText() {
        post(new JsonObject().put("documentId", "countNegotiations"), null).statusCode(200)
                .body("errors", nullValue()).body("data.negotiations.totalCount", greaterThanOrEqualTo(3));
        post(new JsonObject().put("extensions", apq(TestHashes.sha256(AGREEMENTS))), null)
                .body("errors", nullValue()).body("data.agreements.totalCount", equalTo(1));
        post(new JsonObject().put("query", AGREEMENTS), null).body("errors", nullValue());
        post(new JsonObject().put("query", "query CountNegotiations { negotiations { totalCount } }"), null)
                .body("errors", nullValue());
    }

    @Test
    void anythingElseIsRefusedUnlessAnEditorSendsIt() {
        String other = "{ participants { totalCount } }";
        post(new JsonObject().put("query", other), null).statusCode(200)
                .body("errors[0].extensions.code", equalTo("FORBIDDEN")).body("data", nullValue());
        post(new JsonObject().put("query", other).put("extensions", apq(TestHashes.sha256(other))), null)
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        post(new JsonObject().put("query", other), Tokens.reader())
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        post(new JsonObject().put("query", other), Tokens.editor("trusted-editor"))
                .body("errors", nullValue()).body("data.participants.totalCount", greaterThanOrEqualTo(1));
    }

    @Test
    void anEditorTrustsADocumentForEveryone() {
        String document = "query Named { exchanges { totalCount } }";
        post(new JsonObject().put("documentId", "namedExchanges"), null)
                .body("errors[0].extensions.code", equalTo("PERSISTED_QUERY_NOT_FOUND"));
        post(new JsonObject().put("query", "mutation($d: [TrustedDocumentInput!]!) { trustDocuments(documents: $d) }")
                .put("variables", new JsonObject().put("d", new JsonArray()
                        .add(new JsonObject().put("id", "namedExchanges").put("document", document)))),
                Tokens.editor("trusted-editor"))
                .body("errors", nullValue()).body("data.trustDocuments[0]", equalTo("namedExchanges"));
        post(new JsonObject().put("documentId", "namedExchanges"), null)
                .body("errors", nullValue()).body("data.exchanges.totalCount", equalTo(1));
        post(new JsonObject().put("query", "mutation($d: [TrustedDocumentInput!]!) { trustDocuments(documents: $d) }")
                .put("variables", new JsonObject().put("d", new JsonArray()
                        .add(new JsonObject().put("document", "{ nope }")))),
                Tokens.editor("trusted-editor"))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.field", equalTo("documents[0].document"));
    }

    @Test
    void subscriptionsRunOnlyTrustedDocumentsToo() throws InterruptedException {
        String trusted = "subscription TrustedLive { changes(filter: {recordTypes: [PARTICIPANT]}) { kind } }";
        String other = "subscription { changes { cursor kind } }";
        post(new JsonObject().put("query", "mutation($d: [TrustedDocumentInput!]!) { trustDocuments(documents: $d) }")
                .put("variables", new JsonObject().put("d", new JsonArray()
                        .add(new JsonObject().put("id", "trustedLive").put("document", trusted)))),
                Tokens.editor("trusted-editor")).body("errors", nullValue());
        try (GraphQLSocket socket = GraphQLSocket.connect(endpoint.toString())) {
            socket.subscribe("other", other, new JsonObject());
            JsonObject refused = socket.await("other", 0);
            assertEquals("error", refused.getString("type"));
            assertEquals("FORBIDDEN", refused.getJsonArray("payload").getJsonObject(0).getJsonObject("extensions")
                    .getString("code"));
            socket.subscribe("trusted", trusted, new JsonObject());
            socket.subscribe("query", AGREEMENTS, new JsonObject());
            assertEquals(1, socket.await("query", 0).getJsonObject("payload").getJsonObject("data")
                    .getJsonObject("agreements").getInteger("totalCount"));
            // the subscription joins in its own time: write until it has seen a change
            long until = System.nanoTime() + GraphQLSocket.PATIENCE.toNanos();
            while (socket.messages("trusted").isEmpty() && System.nanoTime() < until) {
                String id = post(new JsonObject()
                        .put("query",
                                "mutation($n: String!) { createParticipant(input: {name: $n, kind: STATE}) { id } }")
                        .put("variables", new JsonObject().put("n", "Trusted live " + System.nanoTime())),
                        Tokens.editor("trusted-editor")).body("errors", nullValue())
                        .extract().path("data.createParticipant.id");
                post(new JsonObject().put("query", "mutation($id: ID!) { deleteParticipant(id: $id) }")
                        .put("variables", new JsonObject().put("id", id)), Tokens.editor("trusted-editor"))
                        .body("errors", nullValue());
                Thread.sleep(100);
            }
            assertEquals("next", socket.await("trusted", 0).getString("type"), "the trusted subscription runs");
        }
    }
}
