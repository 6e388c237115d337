package org.talksrecord.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.talksrecord.support.Tokens;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Tuple;

/**
 * A request whose statement outlasts the time budget (2 s here) gets a coded TIMEOUT when the budget passes, and
 * its statement is cancelled in PostgreSQL: plan reads, look-ahead reads and mutation statements alike. The
 * connections go back to the pool.
 */
@QuarkusTest
@TestProfile(ReliabilityProfile.class)
class TimeBudgetTest {

    private static final String FILTERED = "query($name: String) { participants(first: 5, filter: {name: $name}) "
            + "{ nodes { id } } }";
    private static final String CREATE = "mutation($input: ParticipantInput!) { createParticipant(input: $input) "
            + "{ id } }";
    private static final long SLEEP_SECONDS = 30;

    @TestHTTPResource("/graphql")
    URI endpoint;

    @Inject
    Statements statements;

    @Test
    void aSlowPlanReadIsCancelledAtTheBudgetAndItsConnectionReturns() throws Exception {
        Requests requests = new Requests(endpoint);
        try (SlowDatabase slow = new SlowDatabase()) {
            // more at once than the pool has connections: some time out waiting for one; if a cancelled statement
            // kept its connection, the pool would be empty afterwards
            ExecutorService clients = Executors.newFixedThreadPool(ReliabilityProfile.MAX_ACTIVE_REQUESTS);
            List<Future<Requests.Answer>> answers = new ArrayList<>();
            for (int i = 0; i < ReliabilityProfile.MAX_ACTIVE_REQUESTS; i++) {
                answers.add(clients.submit(() -> requests.post(Requests.GRAPHQL_RESPONSE, FILTERED,
                        new JsonObject().put("name", SlowDatabase.marker(SLEEP_SECONDS)))));
            }
            for (Future<Requests.Answer> future : answers) {
                Requests.Answer answer = future.get();
                assertEquals(504, answer.status(), answer.text());
                assertEquals("TIMEOUT", answer.code());
                assertTrue(answer.body().getJsonArray("errors").getJsonObject(0).getString("message")
                        .contains("time budget of 2 s"), answer.text());
                assertTrue(answer.millis() >= ReliabilityProfile.BUDGET_MS - 100
                        && answer.millis() < ReliabilityProfile.BUDGET_MS + 1500, answer.millis() + " ms");
            }
            clients.shutdown();
            assertNothingSleepsWithin(Duration.ofMillis(500));
        }
        for (int i = 0; i < 20; i++) {
            assertTrue(requests.post(Requests.GRAPHQL_RESPONSE, FILTERED, new JsonObject().put("name", "x")).ok());
        }
    }

    @Test
    void aJsonClientGetsTheTimeoutWith200() throws Exception {
        Requests requests = new Requests(endpoint);
        try (SlowDatabase slow = new SlowDatabase()) {
            Requests.Answer answer = requests.post(Requests.JSON, FILTERED,
                    new JsonObject().put("name", SlowDatabase.marker(SLEEP_SECONDS)));
            assertEquals(200, answer.status());
            assertEquals("TIMEOUT", answer.code());
            assertNothingSleepsWithin(Duration.ofMillis(500));
        }
    }

    @Test
    void aSlowLookAheadReadIsCancelledAtTheBudget() throws Exception {
        Requests requests = new Requests(endpoint);
        // with __schema the operation runs through graphql-java, its data field through the look-ahead reads
        String query = "query($name: String) { __schema { queryType { name } } participants(first: 5, "
                + "filter: {name: $name}) { nodes { id } } }";
        try (SlowDatabase slow = new SlowDatabase()) {
            Requests.Answer answer = requests.post(Requests.GRAPHQL_RESPONSE, query,
                    new JsonObject().put("name", SlowDatabase.marker(SLEEP_SECONDS)));
            assertEquals("TIMEOUT", answer.code(), answer.text());
            assertEquals(List.of("participants"), answer.body().getJsonArray("errors").getJsonObject(0)
                    .getJsonArray("path").getList());
            assertTrue(answer.millis() < ReliabilityProfile.BUDGET_MS + 1500, answer.millis() + " ms");
            assertNothingSleepsWithin(Duration.ofMillis(500));
        }
    }

    @Test
    void aSlowMutationIsCancelledAtTheBudgetAndWritesNothing() throws Exception {
        Requests requests = new Requests(endpoint);
        String name = "Slow " + UUID.randomUUID() + " " + SlowDatabase.marker(SLEEP_SECONDS);
        try (SlowDatabase slow = new SlowDatabase()) {
            Requests.Answer answer = requests.post(Requests.GRAPHQL_RESPONSE, Tokens.editor("budget-editor"), null,
                    CREATE, new JsonObject().put("input", new JsonObject().put("name", name).put("kind", "PERSON")));
            assertEquals(504, answer.status(), answer.text());
            assertEquals("TIMEOUT", answer.code());
            assertTrue(answer.millis() < ReliabilityProfile.BUDGET_MS + 1500, answer.millis() + " ms");
            assertNothingSleepsWithin(Duration.ofMillis(500));
        }
        try (Connection connection = OwnPostgres.connect();
                PreparedStatement statement = connection.prepareStatement(
                        "select count(*) from participant where name = ?")) {
            statement.setString(1, name);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                assertEquals(0, rows.getLong(1), "the cancelled write was rolled back");
            }
        }
    }

    @Test
    void everyConnectionHasAServerSideStatementTimeoutBeyondTheBudget() {
        String timeout = statements.run("show statement_timeout", Tuple.tuple()).toCompletionStage()
                .toCompletableFuture().join().iterator().next().getString(0);
        assertEquals("3s", timeout);
    }

    private static void assertNothingSleepsWithin(Duration within) throws Exception {
        long deadline = System.nanoTime() + within.toNanos();
        long sleeping = SlowDatabase.sleeping();
        while (sleeping > 0 && System.nanoTime() < deadline) {
            Thread.sleep(50);
            sleeping = SlowDatabase.sleeping();
        }
        assertEquals(0, sleeping, "statements left running in PostgreSQL");
    }
}
