package org.talksrecord.write;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.talksrecord.support.GraphQL.post;
import static org.talksrecord.support.GraphQL.postAs;
import static org.talksrecord.support.GraphQL.vars;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.talksrecord.support.SampleKeys;
import org.talksrecord.support.Tokens;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;

@QuarkusTest
class AuthTest {

    private static final String CREATE = "mutation($i: ParticipantInput!) { createParticipant(input: $i) { id } }";

    @Inject
    SampleKeys keys;

    private static JsonObject input() {
        return vars("i", vars("name", "Auth Probe", "kind", "STATE"));
    }

    @Test
    void mutationWithoutTokenIsUnauthenticated() {
        long before = keys.count("participant");
        post(CREATE, input())
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"));
        assertEquals(before, keys.count("participant"));
    }

    @Test
    void tokenWithoutEditorRoleIsForbidden() {
        long before = keys.count("participant");
        postAs(Tokens.reader(), CREATE, input()).statusCode(200)
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        assertEquals(before, keys.count("participant"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"expired", "notYetValid", "wronglySigned", "wrongIssuer", "unsigned", "garbage"})
    void invalidTokensAreRefused(String kind) {
        String token = switch (kind) {
            case "expired" -> Tokens.expired();
            case "notYetValid" -> Tokens.notYetValid();
            case "wronglySigned" -> Tokens.wronglySigned();
            case "wrongIssuer" -> Tokens.wrongIssuer();
            case "unsigned" -> Tokens.unsigned();
            default -> "not.a.token";
        };
        long before = keys.count("participant");
        postAs(token, CREATE, input()).statusCode(401);
        assertEquals(before, keys.count("participant"));
    }

    @Test
    void queriesStayPublicEvenWithABadToken() {
        postAs("not.a.token", "{ participants(first: 1) { totalCount } }", new JsonObject()).statusCode(200)
                .body("errors", nullValue());
    }

    @Test
    void editorTokenIsAcceptedAndRecordedAsAuthor() {
        String id = postAs(Tokens.editor("alice"), CREATE, input()).statusCode(200).body("errors", nullValue())
                .extract().path("data.createParticipant.id");
        try {
            post("query($id: ID!) { participant(id: $id) { createdBy updatedBy createdAt } }", vars("id", id))
                    .body("data.participant.createdBy", equalTo("alice"))
                    .body("data.participant.updatedBy", equalTo("alice"));
        } finally {
            postAs(Tokens.editor("alice"), "mutation($id: ID!) { deleteParticipant(id: $id) }", vars("id", id))
                    .body("data.deleteParticipant", equalTo(id));
        }
    }
}
