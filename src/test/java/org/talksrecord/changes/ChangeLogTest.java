package org.talksrecord.changes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.talksrecord.support.GraphQL.post;
import static org.talksrecord.support.GraphQL.postAs;
import static org.talksrecord.support.GraphQL.vars;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.talksrecord.common.GlobalId;
import org.talksrecord.common.NodeType;
import org.talksrecord.support.Fixtures;
import org.talksrecord.support.Tokens;
import org.talksrecord.write.Records;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.pgclient.PgConnection;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

@QuarkusTest
class ChangeLogTest {

    @Inject
    Fixtures fixtures;

    @Inject
    LoggedChanges log;

    @Inject
    Pool pool;

    private String editor;
    private long first;
    private long second;
    private Records records;
    private final List<String> created = new ArrayList<>();

    @BeforeEach
    void participants() {
        String suffix = UUID.randomUUID().toString();
        editor = "log-editor-" + suffix;
        first = fixtures.participant("Log first " + suffix, "STATE");
        second = fixtures.participant("Log second " + suffix, "STATE");
        records = new Records(editor, Fixtures.id(NodeType.PARTICIPANT, first),
                Fixtures.id(NodeType.PARTICIPANT, second));
    }

    @AfterEach
    void removeWhatWasCreated() {
        fixtures.removeRecords(created);
        fixtures.removeParticipant(first);
        fixtures.removeParticipant(second);
    }

    private String create(NodeType type, JsonObject input) {
        JsonObject response = records.create(type, input);
        assertNull(response.getValue("errors"), response::encode);
        String id = response.getJsonObject("data").getJsonObject("result").getString("id");
        created.add(id);
        return id;
    }

    private String entry(String kind, String id) {
        GlobalId record = GlobalId.parse(id, "id");
        return kind + " " + record.type() + " " + record.key() + " by " + editor;
    }

    private static void assertSucceeded(JsonObject response) {
        assertNull(response.getValue("errors"), response::encode);
    }

    private static void assertRefused(String code, JsonObject response) {
        assertNull(response.getValue("data"), response::encode);
        assertEquals(code, response.getJsonArray("errors").getJsonObject(0).getJsonObject("extensions")
                .getString("code"), response::encode);
    }

    private Row stored(NodeType type, String id, String column) {
        return pool.preparedQuery("select version, updated_by, " + column + " as link from "
                + type.name().toLowerCase() + " where id = $1").execute(Tuple.of(GlobalId.parse(id, "id").key()))
                .await().indefinitely().iterator().next();
    }

    @Test
    void everyCreateUpdateAndDeleteOfEveryTypeAppendsOneEntry() {
        for (NodeType type : NodeType.values()) {
            JsonObject input = records.input(type, "Logged " + type);
            long cursor = log.last();
            String id = create(type, input);
            assertEquals(List.of(entry("CREATED", id)), log.describedAfter(cursor));

            cursor = log.last();
            assertSucceeded(records.update(type, id, records.withOtherChildren(type, input), null));
            assertEquals(List.of(entry("UPDATED", id)), log.describedAfter(cursor));

            cursor = log.last();
            assertSucceeded(records.update(type, id, input, 1));
            assertEquals(List.of(entry("UPDATED", id)), log.describedAfter(cursor));

            cursor = log.last();
            assertSucceeded(records.delete(type, id, null));
            assertEquals(List.of(entry("DELETED", id)), log.describedAfter(cursor), type::toString);
        }
    }

    @Test
    void entriesAreStampedWithTheTimeOfTheWrite() {
        long cursor = log.last();
        String id = create(NodeType.PARTICIPANT, records.input(NodeType.PARTICIPANT, "Stamped"));
        Row row = pool.preparedQuery("select l.at >= p.created_at and l.at <= clock_timestamp() as in_time "
                + "from change_log l join participant p on p.id = l.record_id where l.position > $1")
                .execute(Tuple.of(cursor)).await().indefinitely().iterator().next();
        assertEquals(true, row.getBoolean("in_time"), id);
    }

    @Test
    void refusedMutationsAppendNothing() {
        String participant = create(NodeType.PARTICIPANT, records.input(NodeType.PARTICIPANT, "Refusals"));
        create(NodeType.STATEMENT, records.input(NodeType.STATEMENT, "Keeps the first fixture referenced"));
        String unknown = GlobalId.encode(NodeType.PARTICIPANT, 999_999_999);
        JsonObject badExchange = records.input(NodeType.EXCHANGE, "Refused exchange").put("sides",
                new JsonArray().add(vars("releasedById", Fixtures.id(NodeType.PARTICIPANT, first),
                        "receivedById", unknown, "military", 1, "civilians", 0)));
        long cursor = log.last();

        assertRefused("BAD_USER_INPUT", records.create(NodeType.NEGOTIATION, vars("title", "Backwards",
                "format", "IN_PERSON", "status", "HELD", "startsAt", "2025-07-02T10:00:00Z",
                "endsAt", "2025-07-01T10:00:00Z")));
        assertRefused("NOT_FOUND", records.create(NodeType.EXCHANGE, badExchange));
        assertRefused("CONFLICT", records.update(NodeType.PARTICIPANT, participant,
                records.input(NodeType.PARTICIPANT, "Stale"), 3));
        assertRefused("CONFLICT", records.delete(NodeType.PARTICIPANT, Fixtures.id(NodeType.PARTICIPANT, first),
                null));
        assertRefused("NOT_FOUND", records.update(NodeType.PARTICIPANT, unknown,
                records.input(NodeType.PARTICIPANT, "Nobody"), null));
        assertRefused("NOT_FOUND", records.delete(NodeType.STATEMENT, GlobalId.encode(NodeType.STATEMENT, 999_999_999),
                0));
        String rename = "mutation($id: ID!, $i: ParticipantInput!) { updateParticipant(id: $id, input: $i) { id } }";
        JsonObject renamed = vars("id", participant, "i", records.input(NodeType.PARTICIPANT, "Renamed"));
        assertRefused("FORBIDDEN", new JsonObject(postAs(Tokens.reader(), rename, renamed).statusCode(200)
                .extract().asString()));
        assertRefused("UNAUTHENTICATED", new JsonObject(post(rename, renamed).extract().asString()));

        assertEquals(List.of(), log.after(cursor));
    }

    @Test
    void deletingARecordLogsAnUpdateOfEveryRecordItUnlinked() {
        String negotiation = create(NodeType.NEGOTIATION, records.input(NodeType.NEGOTIATION, "Unlinked talks"));
        String laterRound = create(NodeType.NEGOTIATION,
                records.input(NodeType.NEGOTIATION, "Later round").put("previousRoundId", negotiation));
        String agreement = create(NodeType.AGREEMENT,
                records.input(NodeType.AGREEMENT, "Unlinked deal").put("negotiationId", negotiation));
        String exchange = create(NodeType.EXCHANGE, records.input(NodeType.EXCHANGE, "Unlinked swap")
                .put("negotiationId", negotiation).put("agreementId", agreement));
        String statement = create(NodeType.STATEMENT, records.input(NodeType.STATEMENT, "Unlinked words")
                .put("negotiationId", negotiation).put("exchangeId", exchange));

        long cursor = log.last();
        assertSucceeded(records.delete(NodeType.NEGOTIATION, negotiation, 0));
        assertEquals(List.of(entry("UPDATED", laterRound), entry("UPDATED", agreement), entry("UPDATED", exchange),
                entry("UPDATED", statement), entry("DELETED", negotiation)), log.describedAfter(cursor));
        for (String[] unlinked : new String[][]{{laterRound, "previous_round_id"}, {agreement, "negotiation_id"},
                {exchange, "negotiation_id"}, {statement, "negotiation_id"}}) {
            Row row = stored(GlobalId.parse(unlinked[0], "id").type(), unlinked[0], unlinked[1]);
            assertEquals(1, row.getInteger("version"), unlinked[1]);
            assertEquals(editor, row.getString("updated_by"));
            assertNull(row.getLong("link"));
        }

        cursor = log.last();
        assertSucceeded(records.delete(NodeType.AGREEMENT, agreement, 1));
        assertEquals(List.of(entry("UPDATED", exchange), entry("DELETED", agreement)), log.describedAfter(cursor));
        assertEquals(2, stored(NodeType.EXCHANGE, exchange, "agreement_id").getInteger("version"));

        cursor = log.last();
        assertSucceeded(records.delete(NodeType.EXCHANGE, exchange, 2));
        assertEquals(List.of(entry("UPDATED", statement), entry("DELETED", exchange)), log.describedAfter(cursor));
        Row row = stored(NodeType.STATEMENT, statement, "exchange_id");
        assertEquals(2, row.getInteger("version"));
        assertNull(row.getLong("link"));

        cursor = log.last();
        assertSucceeded(records.delete(NodeType.STATEMENT, statement, 2));
        assertEquals(List.of(entry("DELETED", statement)), log.describedAfter(cursor));
    }

    @Test
    void aCommitNotifiesTheLastPositionItAppended() throws Exception {
        PgConnection listener = PgConnection.cast(pool.getConnection().await().indefinitely());
        CompletableFuture<String> first = new CompletableFuture<>();
        try {
            listener.notificationHandler(notification -> {
                if (ChangeLog.CHANNEL.equals(notification.getChannel())) {
                    first.complete(notification.getPayload());
                }
            });
            listener.query("listen " + ChangeLog.CHANNEL).execute().await().indefinitely();
            assertRefused("BAD_USER_INPUT", records.create(NodeType.PARTICIPANT, vars("name", " ", "kind", "STATE")));
            String negotiation = create(NodeType.NEGOTIATION, records.input(NodeType.NEGOTIATION, "Notified"));

            String payload = first.get(10, TimeUnit.SECONDS);
            List<LoggedChanges.Entry> entries = log.after(Long.parseLong(payload) - 1);
            assertEquals(entry("CREATED", negotiation), entries.get(0).describe());
        } finally {
            listener.query("unlisten *").execute().await().indefinitely();
            listener.close().await().indefinitely();
        }
    }
}
