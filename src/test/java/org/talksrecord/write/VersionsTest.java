package org.talksrecord.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.talksrecord.support.GraphQL.post;
import static org.talksrecord.support.GraphQL.vars;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.talksrecord.changes.LoggedChanges;
import org.talksrecord.common.GlobalId;
import org.talksrecord.common.NodeType;
import org.talksrecord.support.Fixtures;
import org.talksrecord.support.OwnConnections;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.pgclient.PgConnection;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Transaction;
import io.vertx.mutiny.sqlclient.Tuple;

@QuarkusTest
class VersionsTest {

    private static final String EDITOR = "versions-editor";

    @Inject
    Fixtures fixtures;

    @Inject
    LoggedChanges log;

    @Inject
    Pool pool;

    @Inject
    OwnConnections connections;

    private long first;
    private long second;
    private Records records;
    private final List<String> created = new ArrayList<>();

    @BeforeEach
    void participants() {
        String suffix = UUID.randomUUID().toString();
        first = fixtures.participant("Versions first " + suffix, "STATE");
        second = fixtures.participant("Versions second " + suffix, "STATE");
        records = new Records(EDITOR, Fixtures.id(NodeType.PARTICIPANT, first),
                Fixtures.id(NodeType.PARTICIPANT, second));
    }

    @AfterEach
    void removeWhatWasCreated() {
        fixtures.removeRecords(created);
        fixtures.removeParticipant(first);
        fixtures.removeParticipant(second);
    }

    private String create(NodeType type, String label) {
        String id = records.created(type, label);
        created.add(id);
        return id;
    }

    private int versionInDatabase(NodeType type, String id) {
        return pool.preparedQuery("select version from " + type.name().toLowerCase() + " where id = $1")
                .execute(Tuple.of(GlobalId.parse(id, "id").key())).await().indefinitely().iterator().next()
                .getInteger(0);
    }

    private static JsonObject result(JsonObject response) {
        assertNull(response.getValue("errors"), () -> response.encode());
        return response.getJsonObject("data").getJsonObject("result");
    }

    private static JsonObject read(NodeType type, String id, String fields) {
        String lookup = Records.lookup(type);
        return new JsonObject(post("query($id: ID!) { " + lookup + "(id: $id) { " + fields + " } }", vars("id", id))
                .extract().asString()).getJsonObject("data").getJsonObject(lookup);
    }

    private static void assertConflictNaming(int current, JsonObject response) {
        assertNull(response.getValue("data"), response::encode);
        JsonObject error = response.getJsonArray("errors").getJsonObject(0);
        assertEquals("CONFLICT", error.getJsonObject("extensions").getString("code"), response::encode);
        assertEquals("expectedVersion", error.getJsonObject("extensions").getString("field"), response::encode);
        assertTrue(error.getString("message").contains("at version " + current + ","), response::encode);
    }

    @ParameterizedTest
    @EnumSource(NodeType.class)
    void versionStartsAtZeroAndEveryUpdateAddsOne(NodeType type) {
        JsonObject input = records.input(type, "Versioned " + type);
        JsonObject createdRecord = result(records.create(type, input));
        String id = createdRecord.getString("id");
        created.add(id);
        assertEquals(0, createdRecord.getInteger("version"));
        assertEquals(1, result(records.update(type, id, input, null)).getInteger("version"), "same input again");
        assertEquals(2, result(records.update(type, id, records.withOtherChildren(type, input), null))
                .getInteger("version"), "other children only");
        assertEquals(3, result(records.update(type, id, input, 2)).getInteger("version"), "current expectedVersion");
        assertEquals(3, versionInDatabase(type, id));
        assertEquals(3, read(type, id, "version").getInteger("version"));
    }

    @ParameterizedTest
    @EnumSource(NodeType.class)
    void staleExpectedVersionIsRefusedNamingTheCurrentVersionAndWritesNothing(NodeType type) {
        String id = create(type, "Stale " + type);
        String label = Records.labelField(type);
        assertEquals(1, result(records.update(type, id, records.input(type, "First edit " + type), 0))
                .getInteger("version"));
        long cursor = log.last();

        assertConflictNaming(1, records.update(type, id, records.input(type, "Stale edit " + type), 0));
        assertConflictNaming(1, records.update(type, id, records.input(type, "Future edit " + type), 7));
        assertConflictNaming(1, records.delete(type, id, 0));

        JsonObject stored = read(type, id, "version " + label);
        assertEquals(1, stored.getInteger("version"));
        assertEquals("First edit " + type, stored.getString(label));
        assertEquals(List.of(), log.after(cursor));

        assertEquals(id, records.delete(type, id, 1).getJsonObject("data").getString("result"));
        assertNull(read(type, id, "version"));
    }

    /**
     * Runs the mutations at once while the test holds the record's row, so that all of them wait together. The
     * holder and the observer connect outside the service's pool, whose every connection the waiting mutations
     * may take.
     */
    private List<JsonObject> atOnce(String id, List<Integer> expectedVersions) throws Exception {
        long key = GlobalId.parse(id, "id").key();
        PgConnection holder = connections.open();
        PgConnection observer = connections.open();
        ExecutorService clients = Executors.newFixedThreadPool(expectedVersions.size());
        try {
            Transaction transaction = holder.begin().await().indefinitely();
            holder.preparedQuery("select id from participant where id = $1 for update").execute(Tuple.of(key))
                    .await().indefinitely();
            List<Future<JsonObject>> answers = new ArrayList<>();
            for (int i = 0; i < expectedVersions.size(); i++) {
                JsonObject input = records.input(NodeType.PARTICIPANT, "Concurrent edit " + i);
                Integer expected = expectedVersions.get(i);
                answers.add(clients.submit(() -> records.update(NodeType.PARTICIPANT, id, input, expected)));
            }
            awaitWaiting(observer, expectedVersions.size());
            transaction.rollback().await().indefinitely();
            List<JsonObject> responses = new ArrayList<>();
            for (Future<JsonObject> answer : answers) {
                responses.add(answer.get(30, TimeUnit.SECONDS));
            }
            return responses;
        } finally {
            clients.shutdownNow();
            holder.close().await().indefinitely();
            observer.close().await().indefinitely();
        }
    }

    private void awaitWaiting(PgConnection observer, int mutations) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (true) {
            long waiting = observer.query("select count(*) from pg_stat_activity where wait_event_type = 'Lock' "
                    + "and query like 'select version from participant%'").execute().await().indefinitely()
                    .iterator().next().getLong(0);
            if (waiting == mutations) {
                return;
            }
            assertTrue(Instant.now().isBefore(deadline), "only " + waiting + " of " + mutations + " updates arrived");
            Thread.sleep(20);
        }
    }

    @Test
    void concurrentUpdatesWithTheSameExpectedVersionLetExactlyOneWin() throws Exception {
        String id = create(NodeType.PARTICIPANT, "Contested");
        long cursor = log.last();

        List<JsonObject> responses = atOnce(id, List.of(0, 0, 0, 0));

        List<JsonObject> won = responses.stream().filter(response -> !response.containsKey("errors")).toList();
        assertEquals(1, won.size(), responses::toString);
        for (JsonObject response : responses) {
            if (response != won.get(0)) {
                assertConflictNaming(1, response);
            }
        }
        String winner = won.get(0).getJsonObject("data").getJsonObject("result").getString("id");
        assertEquals(id, winner);
        assertEquals(1, versionInDatabase(NodeType.PARTICIPANT, id));
        assertEquals(List.of("UPDATED PARTICIPANT " + GlobalId.parse(id, "id").key() + " by " + EDITOR),
                log.describedAfter(cursor));
    }

    @Test
    void concurrentUpdatesWithoutExpectedVersionApplyOneAfterTheOther() throws Exception {
        String id = create(NodeType.PARTICIPANT, "Busy");
        long cursor = log.last();
        List<Integer> none = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            none.add(null);
        }

        List<JsonObject> responses = atOnce(id, none);

        List<Integer> versions = responses.stream().map(VersionsTest::result)
                .map(record -> record.getInteger("version")).sorted().toList();
        assertEquals(List.of(1, 2, 3, 4), versions);
        assertEquals(4, versionInDatabase(NodeType.PARTICIPANT, id));
        assertEquals(4, log.after(cursor).size());
    }

    @Test
    void concurrentDeletesWithTheSameExpectedVersionDeleteOnce() throws Exception {
        String id = create(NodeType.STATEMENT, "Deleted twice");
        long cursor = log.last();
        ExecutorService clients = Executors.newFixedThreadPool(3);
        try {
            List<Future<JsonObject>> answers = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                answers.add(clients.submit(() -> records.delete(NodeType.STATEMENT, id, 0)));
            }
            int deleted = 0;
            for (Future<JsonObject> answer : answers) {
                JsonObject response = answer.get(30, TimeUnit.SECONDS);
                if (response.containsKey("errors")) {
                    assertEquals("NOT_FOUND", response.getJsonArray("errors").getJsonObject(0)
                            .getJsonObject("extensions").getString("code"), response::encode);
                } else {
                    deleted++;
                }
            }
            assertEquals(1, deleted);
        } finally {
            clients.shutdownNow();
        }
        assertEquals(List.of("DELETED STATEMENT " + GlobalId.parse(id, "id").key() + " by " + EDITOR),
                log.describedAfter(cursor));
    }
}
