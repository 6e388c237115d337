package org.talksrecord.changes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.talksrecord.support.GraphQL.vars;

import java.net.URL;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;

/** The graphql-transport-ws protocol as the service speaks it, with its limits. */
@QuarkusTest
class SocketLimitsTest {

    private static final String CHANGES = "subscription { changes { cursor } }";

    @TestHTTPResource("/graphql")
    URL endpoint;

    private static JsonObject firstError(JsonObject message) {
        assertEquals("error", message.getString("type"), () -> "an error message: " + message);
        return message.getJsonArray("payload").getJsonObject(0);
    }

    private static String code(JsonObject message) {
        return firstError(message).getJsonObject("extensions").getString("code");
    }

    @Test
    void aSocketWithoutConnectionInitIsClosedWith4408() {
        long opened = System.nanoTime();
        try (GraphQLSocket socket = GraphQLSocket.open(endpoint.toString())) {
            assertEquals(4408, socket.awaitClose(Duration.ofSeconds(15)));
            long waited = Duration.ofNanos(System.nanoTime() - opened).toMillis();
            assertTrue(waited >= 2_500, "closed after the 3 s the protocol gives, not " + waited + " ms");
            assertEquals("Connection initialisation timeout", socket.closeReason());
        }
    }

    @Test
    void anInitialisedSocketStaysOpenAndAnswersPings() throws InterruptedException {
        try (GraphQLSocket socket = GraphQLSocket.connect(endpoint.toString())) {
            socket.send(new JsonObject().put("type", "ping").put("payload", new JsonObject().put("n", 1)));
            JsonObject pong = socket.await(message -> "pong".equals(message.getString("type")), "pong");
            assertEquals(new JsonObject().put("n", 1), pong.getJsonObject("payload"));
            Thread.sleep(3_500);
            assertFalse(socket.isClosed(), "connection_init came in time");
        }
    }

    @Test
    void theHundredAndFirstSubscriptionIsRefusedAndTheSocketStays() {
        try (GraphQLSocket socket = GraphQLSocket.connect(endpoint.toString())) {
            for (int i = 0; i < 100; i++) {
                socket.subscribe("s" + i, CHANGES, new JsonObject());
            }
            socket.subscribe("s100", CHANGES, new JsonObject());
            JsonObject refused = socket.await("s100", 0);
            assertEquals("BAD_USER_INPUT", code(refused));
            assertTrue(firstError(refused).getString("message").contains("100"), refused::encode);
            socket.send(new JsonObject().put("type", "ping"));
            socket.await(message -> "pong".equals(message.getString("type")), "pong");
            assertFalse(socket.isClosed());
            for (int i = 0; i < 100; i++) {
                assertEquals(List.of(), socket.messages("s" + i), "the first hundred run on");
            }
            socket.complete("s0");
            socket.subscribe("s101", "{ participants(first: 1) { totalCount } }", new JsonObject());
            assertEquals("next", socket.await("s101", 0).getString("type"), "room again after a complete");
            assertEquals("complete", socket.await("s101", 1).getString("type"));
        }
    }

    @Test
    void subscriptionsPassTheSameDepthLimitAsQueries() {
        String nested = "subscription { changes { node { ... on Participant { %s name %s } } } }";
        try (GraphQLSocket socket = GraphQLSocket.connect(endpoint.toString())) {
            // changes, node, 9 affiliations, name: 12 levels
            socket.subscribe("deep", nested.formatted("affiliation { ".repeat(9), "} ".repeat(9)), new JsonObject());
            socket.subscribe("deeper", nested.formatted("affiliation { ".repeat(10), "} ".repeat(10)),
                    new JsonObject());
            assertEquals("BAD_USER_INPUT", code(socket.await("deeper", 0)));
            assertTrue(firstError(socket.await("deeper", 0)).getString("message").contains("13"));
            assertEquals(List.of(), socket.messages("deep"), "12 levels are allowed");
        }
    }

    @Test
    void invalidOperationsGetAnErrorForTheirId() {
        try (GraphQLSocket socket = GraphQLSocket.connect(endpoint.toString())) {
            socket.subscribe("m", "mutation { deleteParticipant(id: \"UGFydGljaXBhbnQ6MQ\") }", new JsonObject());
            assertEquals("BAD_USER_INPUT", code(socket.await("m", 0)));
            socket.subscribe("v", "subscription { changes { nothing } }", new JsonObject());
            assertEquals("error", socket.await("v", 0).getString("type"));
            socket.subscribe("f", "subscription($f: StatementFilter) { statementRecorded(filter: $f) { id } }",
                    vars("f", vars("speakerId", "not-an-id")));
            assertEquals("BAD_USER_INPUT", code(socket.await("f", 0)));
            socket.subscribe("q", "{ participants(first: 2) { nodes { name } } }", new JsonObject());
            assertEquals(2, socket.await("q", 0).getJsonObject("payload").getJsonObject("data")
                    .getJsonObject("participants").getJsonArray("nodes").size());
            assertEquals("complete", socket.await("q", 1).getString("type"));
            assertFalse(socket.isClosed());
        }
    }

    @Test
    void protocolViolationsCloseTheSocketWithTheProtocolsCodes() {
        try (GraphQLSocket socket = GraphQLSocket.open(endpoint.toString())) {
            socket.subscribe("early", CHANGES, new JsonObject());
            assertEquals(4401, socket.awaitClose(Duration.ofSeconds(10)));
        }
        try (GraphQLSocket socket = GraphQLSocket.connect(endpoint.toString())) {
            socket.subscribe("twice", CHANGES, new JsonObject());
            socket.subscribe("twice", CHANGES, new JsonObject());
            assertEquals(4409, socket.awaitClose(Duration.ofSeconds(10)));
        }
        try (GraphQLSocket socket = GraphQLSocket.connect(endpoint.toString())) {
            socket.sendText("[1, 2]");
            assertEquals(4400, socket.awaitClose(Duration.ofSeconds(10)));
        }
        try (GraphQLSocket socket = GraphQLSocket.connect(endpoint.toString())) {
            socket.send(new JsonObject().put("type", "connection_init"));
            assertEquals(4429, socket.awaitClose(Duration.ofSeconds(10)));
        }
        try (GraphQLSocket socket = GraphQLSocket.open(endpoint.toString(), "graphql-ws")) {
            assertEquals(4406, socket.awaitClose(Duration.ofSeconds(10)));
        }
    }
}
