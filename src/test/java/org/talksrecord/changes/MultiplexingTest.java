package org.talksrecord.changes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.talksrecord.support.GraphQL.vars;

import java.net.URL;
import java.time.Instant;
import java.util.List;
import java.util.function.IntSupplier;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.talksrecord.support.Fixtures;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;

/**
 * What a change costs the database, counted by pg_stat_statements: the same for one subscriber as for twenty with
 * the same document and variables, one statement more for each other group the change concerns.
 */
@QuarkusTest
class MultiplexingTest {

    private static final String STATEMENTS = """
            subscription($f: StatementFilter) { statementRecorded(filter: $f) { id text speaker { name } } }""";

    @TestHTTPResource("/graphql")
    URL endpoint;

    @Inject
    Pool pool;

    @Inject
    ChangeHub hub;

    @Inject
    Fixtures fixtures;

    @AfterEach
    void removeCreatedParticipants() {
        CreatedParticipants.removeAll(fixtures);
    }

    @BeforeEach
    void countStatements() {
        pool.query("create extension if not exists pg_stat_statements").execute().await().indefinitely();
    }

    private long statementsSinceReset() {
        return pool.query("select coalesce(sum(calls), 0) from pg_stat_statements where dbid = "
                + "(select oid from pg_database where datname = current_database()) "
                + "and query not ilike '%pg_stat_statements%'").execute().await().indefinitely().iterator().next()
                .getLong(0);
    }

    private static void await(IntSupplier value, int expected, String what) throws InterruptedException {
        Instant deadline = Instant.now().plus(GraphQLSocket.PATIENCE);
        while (value.getAsInt() != expected) {
            assertTrue(Instant.now().isBefore(deadline), "waited in vain for " + what + ": " + value.getAsInt());
            Thread.sleep(10);
        }
    }

    /** The statements that recording one statement costs with these subscribers, one group per speaker given. */
    private long costOfOneStatement(String speaker, int subscribers, List<String> otherSpeakers) throws Exception {
        try (GraphQLSocket socket = GraphQLSocket.connect(endpoint.toString())) {
            for (int i = 0; i < subscribers; i++) {
                socket.subscribe("s" + i, STATEMENTS, vars("f", vars("speakerId", speaker)));
            }
            for (int i = 0; i < otherSpeakers.size(); i++) {
                socket.subscribe("o" + i, STATEMENTS, vars("f", vars("speakerId", otherSpeakers.get(i))));
            }
            await(hub::subscribers, subscribers + otherSpeakers.size(), "the subscribers to join");
            Thread.sleep(200);
            pool.query("select pg_stat_statements_reset()").execute().await().indefinitely();
            SubscriptionsTest.recordStatement(speaker, "Counted " + System.nanoTime());
            for (int i = 0; i < subscribers; i++) {
                socket.data("s" + i, 0);
            }
            Thread.sleep(300);
            for (int i = 0; i < otherSpeakers.size(); i++) {
                assertEquals(List.of(), socket.messages("o" + i));
            }
            return statementsSinceReset();
        } finally {
            await(hub::subscribers, 0, "the subscribers to leave with their socket");
        }
    }

    @Test
    void subscribersOfOneDocumentAndVariablesShareEachRead() throws Exception {
        String speaker = SubscriptionsTest.createParticipant("Counted speaker " + System.nanoTime());
        String other = SubscriptionsTest.createParticipant("Other counted speaker " + System.nanoTime());
        String third = SubscriptionsTest.createParticipant("Third counted speaker " + System.nanoTime());
        long one = costOfOneStatement(speaker, 1, List.of());
        long twenty = costOfOneStatement(speaker, 20, List.of());
        long twentyAndTwoOtherGroups = costOfOneStatement(speaker, 20, List.of(other, third));
        assertEquals(one, twenty, "twenty subscribers cost what one does");
        assertEquals(one + 2, twentyAndTwoOtherGroups, "one read more for each other group");
    }
}
