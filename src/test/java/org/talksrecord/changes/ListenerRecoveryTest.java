package org.talksrecord.changes;

import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.talksrecord.support.GraphQL.postAs;
import static org.talksrecord.support.GraphQL.vars;

import java.net.URL;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.talksrecord.support.Fixtures;
import org.talksrecord.support.Tokens;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;

/**
 * The hub's LISTEN connection killed by the database: it reconnects, and an entry committed while nobody listened
 * (its NOTIFY went nowhere) is still delivered, read from the log after the reconnect.
 */
@QuarkusTest
class ListenerRecoveryTest {

    private static final String LISTENERS = "select pid from pg_stat_activity where query like 'LISTEN%' "
            + "and datname = current_database()";

    @TestHTTPResource("/graphql")
    URL endpoint;

    @Inject
    Pool pool;

    @Inject
    Fixtures fixtures;

    @Inject
    ChangeHub hub;

    private List<Integer> listeners() {
        List<Integer> pids = new ArrayList<>();
        pool.query(LISTENERS).execute().await().indefinitely().forEach(row -> pids.add(row.getInteger(0)));
        return pids;
    }

    @Test
    void theListenerSurvivesAKilledConnectionAndCatchesUpWithWhatWasCommittedMeanwhile() throws Exception {
        String editor = "listener-" + System.nanoTime();
        long record = fixtures.participant("Unheard " + System.nanoTime(), "STATE");
        SubscriptionsTest.awaitSubscribers(hub, 0);
        try (GraphQLSocket socket = GraphQLSocket.connect(endpoint.toString())) {
            socket.subscribe("c", "subscription($ids: [ID!]) { changes(filter: {recordIds: $ids}) { kind by } }",
                    vars("ids", List.of(Fixtures.id(org.talksrecord.common.NodeType.PARTICIPANT, record))));
            SubscriptionsTest.awaitSubscribers(hub, 1);
            List<Integer> before = listeners();
            assertEquals(1, before.size(), "one LISTEN connection per instance: " + before);
            // one round trip: kill the listener, then commit an entry before it can have reconnected
            pool.query("select pg_terminate_backend(pid, 10000) from pg_stat_activity where query like 'LISTEN%' "
                    + "and datname = current_database(); "
                    + "begin; update participant set version = version + 1 where id = " + record + "; "
                    + "select append_changes(array['PARTICIPANT'], array[" + record + "::int8], array['UPDATED'], '"
                    + editor + "'); commit").execute().await().indefinitely();
            assertEquals("UPDATED " + editor, describe(socket.data("c", 0)));
            Instant deadline = Instant.now().plus(GraphQLSocket.PATIENCE);
            List<Integer> after = listeners();
            while (after.size() != 1 && Instant.now().isBefore(deadline)) {
                Thread.sleep(20);
                after = listeners();
            }
            assertEquals(1, after.size(), "listening again: " + after);
            assertNotEquals(before, after, "on a new connection");
            postAs(Tokens.editor(editor), """
                    mutation($id: ID!) { updateParticipant(id: $id, input: {name: "Heard again", kind: STATE}) {
                      id } }""", vars("id", Fixtures.id(org.talksrecord.common.NodeType.PARTICIPANT, record)))
                    .statusCode(200).body("errors", nullValue());
            assertEquals("UPDATED " + editor, describe(socket.data("c", 1)));
            assertFalse(socket.isClosed());
            assertTrue(socket.messages("c").size() == 2, () -> "each once: " + socket.messages("c"));
        } finally {
            fixtures.removeParticipant(record);
        }
    }

    private static String describe(io.vertx.core.json.JsonObject data) {
        return data.getJsonObject("changes").getString("kind") + " " + data.getJsonObject("changes").getString("by");
    }
}
