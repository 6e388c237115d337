package org.talksrecord.changes;

import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.talksrecord.support.GraphQL.postAs;
import static org.talksrecord.support.GraphQL.vars;

import java.net.URL;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.talksrecord.support.Fixtures;
import org.talksrecord.support.Tokens;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/** Each subscription field delivers the committed records its filter matches, and nothing else. */
@QuarkusTest
class SubscriptionsTest {

    private static final String EDITOR = Tokens.editor("live-editor");

    @TestHTTPResource("/graphql")
    URL endpoint;

    @Inject
    ChangeHub hub;

    @Inject
    Fixtures fixtures;

    @AfterEach
    void removeCreatedParticipants() {
        CreatedParticipants.removeAll(fixtures);
    }

    static String createParticipant(String name) {
        return CreatedParticipants.add(
                postAs(EDITOR, "mutation($n: String!) { createParticipant(input: {name: $n, kind: PERSON}) { id } }",
                        vars("n", name)).statusCode(200).body("errors", nullValue()).extract()
                        .path("data.createParticipant.id"));
    }

    static String recordStatement(String speaker, String text) {
        return postAs(EDITOR, "mutation($i: StatementInput!) { recordStatement(input: $i) { id } }",
                vars("i", vars("text", text, "saidAt", "2025-06-01T10:00:00Z", "speakerId", speaker)))
                .statusCode(200).body("errors", nullValue()).extract().path("data.recordStatement.id");
    }

    static String recordExchange(String releasedBy, String receivedBy, String location) {
        return postAs(EDITOR, "mutation($i: ExchangeInput!) { recordExchange(input: $i) { id } }",
                vars("i", exchange(releasedBy, receivedBy, location, "PLANNED"))).statusCode(200)
                .body("errors", nullValue()).extract().path("data.recordExchange.id");
    }

    static JsonObject exchange(String releasedBy, String receivedBy, String location, String status) {
        return vars("occurredOn", "2025-06-01", "location", location, "status", status, "sides",
                new JsonArray().add(vars("releasedById", releasedBy, "receivedById", receivedBy, "military", 2,
                        "civilians", 1)));
    }

    @Test
    void statementRecordedDeliversNewStatementsOfTheFilterOnly() {
        String speaker = createParticipant("Live speaker " + System.nanoTime());
        String other = createParticipant("Other speaker " + System.nanoTime());
        awaitSubscribers(hub, 0);
        try (GraphQLSocket socket = GraphQLSocket.connect(endpoint.toString())) {
            socket.subscribe("s", """
                    subscription($f: StatementFilter) { statementRecorded(filter: $f) {
                      id text speaker { name } } }""", vars("f", vars("speakerId", speaker)));
            awaitSubscribers(hub, 1);
            recordStatement(other, "Not for this subscriber");
            String id = recordStatement(speaker, "We are watching the talks");
            JsonObject first = socket.data("s", 0).getJsonObject("statementRecorded");
            assertEquals(id, first.getString("id"));
            assertEquals("We are watching the talks", first.getString("text"));
            assertTrue(first.getJsonObject("speaker").getString("name").startsWith("Live speaker"));
            String second = recordStatement(speaker, "And again");
            assertEquals(second, socket.data("s", 1).getJsonObject("statementRecorded").getString("id"));
        }
    }

    /**
     * Waits until the hub has exactly {@code count} subscribers: a subscription that was just sent has joined
     * before the writes it should see, those of earlier tests have left.
     */
    static void awaitSubscribers(ChangeHub hub, int count) {
        java.time.Instant deadline = java.time.Instant.now().plus(GraphQLSocket.PATIENCE);
        while (hub.subscribers() != count) {
            assertTrue(java.time.Instant.now().isBefore(deadline),
                    "waited in vain for " + count + " subscribers, there are " + hub.subscribers());
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    @Test
    void changesDeliversEveryMatchingEntryWithTheRecordAsItIsNow() {
        awaitSubscribers(hub, 0);
        try (GraphQLSocket socket = GraphQLSocket.connect(endpoint.toString())) {
            socket.subscribe("c", """
                    subscription { changes(filter: {recordTypes: [PARTICIPANT]}) {
                      cursor kind recordType recordId by node { id ... on Participant { name } } } }""",
                    new JsonObject());
            awaitSubscribers(hub, 1);
            String name = "Changing " + System.nanoTime();
            String id = createParticipant(name);
            JsonObject created = socket.data("c", 0).getJsonObject("changes");
            assertEquals(List.of("CREATED", "PARTICIPANT", id, "live-editor", id, name),
                    List.of(created.getString("kind"), created.getString("recordType"), created.getString("recordId"),
                            created.getString("by"), created.getJsonObject("node").getString("id"),
                            created.getJsonObject("node").getString("name")));
            postAs(EDITOR, "mutation($id: ID!) { deleteParticipant(id: $id) }", vars("id", id)).statusCode(200)
                    .body("errors", nullValue());
            JsonObject deleted = socket.data("c", 1).getJsonObject("changes");
            assertEquals(List.of("DELETED", id), List.of(deleted.getString("kind"), deleted.getString("recordId")));
            assertNull(deleted.getValue("node"));
        }
    }

    @Test
    void exchangeRecordedDeliversRecordedAndUpdatedExchangesOfTheFilterOnly() {
        String released = createParticipant("Releasing " + System.nanoTime());
        String received = createParticipant("Receiving " + System.nanoTime());
        String stranger = createParticipant("Stranger " + System.nanoTime());
        awaitSubscribers(hub, 0);
        try (GraphQLSocket socket = GraphQLSocket.connect(endpoint.toString())) {
            socket.subscribe("x", """
                    subscription($f: ExchangeFilter) { exchangeRecorded(filter: $f) {
                      id location status version totalReleased } }""", vars("f", vars("participantId", released)));
            awaitSubscribers(hub, 1);
            recordExchange(stranger, received, "Elsewhere");
            String id = recordExchange(released, received, "On the border");
            JsonObject recorded = socket.data("x", 0).getJsonObject("exchangeRecorded");
            assertEquals(List.of(id, "On the border", "PLANNED", 0, 3), List.of(recorded.getString("id"),
                    recorded.getString("location"), recorded.getString("status"), recorded.getInteger("version"),
                    recorded.getInteger("totalReleased")));
            postAs(EDITOR, "mutation($id: ID!, $i: ExchangeInput!) { updateExchange(id: $id, input: $i) { id } }",
                    vars("id", id, "i", exchange(released, received, "On the border", "COMPLETED")))
                    .statusCode(200).body("errors", nullValue());
            JsonObject updated = socket.data("x", 1).getJsonObject("exchangeRecorded");
            assertEquals(List.of(id, "COMPLETED", 1), List.of(updated.getString("id"), updated.getString("status"),
                    updated.getInteger("version")));
            postAs(EDITOR, "mutation($id: ID!) { deleteExchange(id: $id) }", vars("id", id)).statusCode(200)
                    .body("errors", nullValue());
            String later = recordExchange(received, released, "Back again");
            assertEquals(later, socket.data("x", 2).getJsonObject("exchangeRecorded").getString("id"),
                    "the deletion delivers nothing, the next matching exchange comes next");
        }
    }

    @Test
    void refusedAndRolledBackWritesDeliverNothing() {
        String speaker = createParticipant("Careful speaker " + System.nanoTime());
        awaitSubscribers(hub, 0);
        try (GraphQLSocket socket = GraphQLSocket.connect(endpoint.toString())) {
            socket.subscribe("c", """
                    subscription($ids: [ID!]) { changes(filter: {recordIds: $ids}) { kind recordId } }""",
                    vars("ids", List.of(speaker)));
            socket.subscribe("s", """
                    subscription($f: StatementFilter) { statementRecorded(filter: $f) { text } }""",
                    vars("f", vars("speakerId", speaker)));
            awaitSubscribers(hub, 2);
            // refused by validation before anything is written
            postAs(EDITOR, "mutation($i: StatementInput!) { recordStatement(input: $i) { id } }",
                    vars("i", vars("text", "", "saidAt", "2025-06-01T10:00:00Z", "speakerId", speaker)))
                    .statusCode(200).body("errors[0].extensions.code", org.hamcrest.Matchers.equalTo("BAD_USER_INPUT"));
            // refused after locking the record: a stale expected version rolls the transaction back
            postAs(EDITOR, """
                    mutation($id: ID!) { updateParticipant(id: $id, input: {name: "Stale", kind: PERSON},
                      expectedVersion: 7) { id } }""", vars("id", speaker))
                    .statusCode(200).body("errors[0].extensions.code", org.hamcrest.Matchers.equalTo("CONFLICT"));
            // refused on reading what it refers to: a mention of a participant that does not exist
            postAs(EDITOR, "mutation($i: StatementInput!) { recordStatement(input: $i) { id } }",
                    vars("i", vars("text", "Never said", "saidAt", "2025-06-01T10:00:00Z", "speakerId", speaker,
                            "mentionIds", List.of(org.talksrecord.support.Fixtures.id(
                                    org.talksrecord.common.NodeType.PARTICIPANT, 987_654_321L)))))
                    .statusCode(200).body("errors[0].extensions.code", org.hamcrest.Matchers.equalTo("NOT_FOUND"));
            postAs(EDITOR, """
                    mutation($id: ID!) { updateParticipant(id: $id, input: {name: "Fresh", kind: PERSON},
                      expectedVersion: 0) { id } }""", vars("id", speaker)).statusCode(200).body("errors", nullValue());
            String said = recordStatement(speaker, "Said for real");
            JsonObject change = socket.data("c", 0).getJsonObject("changes");
            assertEquals(List.of("UPDATED", speaker), List.of(change.getString("kind"), change.getString("recordId")));
            assertEquals("Said for real", socket.data("s", 0).getJsonObject("statementRecorded").getString("text"));
            assertEquals(1, socket.messages("c").size(), () -> "only the update: " + socket.messages("c"));
            assertEquals(1, socket.messages("s").size(), () -> "only the statement " + said + ": "
                    + socket.messages("s"));
        }
    }

    @Test
    void aPayloadReadsAsTheSameSelectionDoesInQueryChanges() {
        String selection = """
                __typename cursor kind recordType recordId at by
                node { __typename id ... on Participant { name kind aliases version createdBy affiliation { name } }
                  ... on Statement { text } }""";
        awaitSubscribers(hub, 0);
        try (GraphQLSocket socket = GraphQLSocket.connect(endpoint.toString())) {
            socket.subscribe("p", "subscription { live: changes(filter: {recordTypes: [PARTICIPANT]}) { " + selection
                    + " } }", new JsonObject());
            awaitSubscribers(hub, 1);
            String id = postAs(EDITOR, """
                    mutation($n: String!) { createParticipant(input: {name: $n, kind: PERSON, aliases: ["Ali", "Ас"]}) {
                      id } }""", vars("n", "Shaped " + System.nanoTime())).statusCode(200).body("errors", nullValue())
                    .extract().path("data.createParticipant.id");
            CreatedParticipants.add(id);
            JsonObject live = socket.data("p", 0).getJsonObject("live");
            JsonObject queried = new JsonObject(org.talksrecord.support.GraphQL.post(
                    "query($ids: [ID!]) { changes(filter: {recordIds: $ids}) { nodes { " + selection + " } } }",
                    vars("ids", List.of(id))).extract().asString()).getJsonObject("data").getJsonObject("changes")
                    .getJsonArray("nodes").getJsonObject(0);
            assertEquals(queried.encode(), live.encode(), "the same keys in the same order with the same values");
            assertEquals(id, live.getJsonObject("node").getString("id"));
        }
    }
}
