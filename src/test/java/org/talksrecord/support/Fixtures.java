package org.talksrecord.support;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.talksrecord.common.GlobalId;
import org.talksrecord.common.NodeType;

import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/** Rows a test creates for itself, straight through SQL, and removes again afterwards. */
@ApplicationScoped
public class Fixtures {

    private final Pool pool;

    public Fixtures(Pool pool) {
        this.pool = pool;
    }

    public long participant(String name, String kind) {
        return key("insert into participant (name, kind) values ($1, $2) returning id", Tuple.of(name, kind));
    }

    public long statement(long speaker, String text, OffsetDateTime saidAt) {
        return key("insert into statement (text, language, said_at, speaker_id) values ($1, 'en', $2, $3) returning id",
                Tuple.of(text, saidAt, speaker));
    }

    public List<Long> statements(long speaker, int count, OffsetDateTime newest) {
        // Pairs share a timestamp so that the ID tie-breaker is exercised too.
        String sql = "insert into statement (text, language, said_at, speaker_id) "
                + "select 'Generated statement ' || i, 'en', $1::timestamptz - make_interval(hours => i / 2), $2 "
                + "from generate_series(0, $3 - 1) as i order by i returning id";
        List<Long> keys = new ArrayList<>();
        pool.preparedQuery(sql).execute(Tuple.of(newest, speaker, count)).await().indefinitely()
                .forEach(row -> keys.add(row.getLong(0)));
        return keys;
    }

    public void execute(String sql, Object... params) {
        pool.preparedQuery(sql).execute(Tuple.from(params)).await().indefinitely();
    }

    public void print(String sql) {
        pool.query(sql).execute().await().indefinitely()
                .forEach(row -> System.out.println("ROW " + row.deepToString()));
    }

    public long key(String sql, Tuple params) {
        Row row = pool.preparedQuery(sql).execute(params).await().indefinitely().iterator().next();
        return row.getLong(0);
    }

    /** Removes a participant created by a test together with everything that references it. */
    public void removeParticipant(long key) {
        execute("delete from statement_mention where participant_id = $1", key);
        execute("delete from statement where speaker_id = $1", key);
        execute("delete from negotiation_party where participant_id = $1 or represents_id = $1", key);
        execute("delete from exchange_mediator where participant_id = $1", key);
        execute("delete from exchange where id in (select exchange_id from exchange_side "
                + "where released_by_id = $1 or received_by_id = $1)", key);
        execute("update participant set affiliation_id = null where affiliation_id = $1", key);
        execute("delete from participant where id = $1", key);
    }

    /** Removes records created through the API, by global ID, newest first (later ones may reference earlier). */
    public void removeRecords(List<String> ids) {
        for (int i = ids.size() - 1; i >= 0; i--) {
            GlobalId record = GlobalId.parse(ids.get(i), "id");
            execute("delete from " + record.type().name().toLowerCase() + " where id = $1", record.key());
        }
    }

    public static String id(NodeType type, long key) {
        return GlobalId.encode(type, key);
    }
}
