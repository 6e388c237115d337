package org.talksrecord.support;

import jakarta.enterprise.context.ApplicationScoped;

import org.talksrecord.common.GlobalId;
import org.talksrecord.common.NodeType;

import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/** Finds the global IDs of sample records by their natural keys, straight from the database. */
@ApplicationScoped
public class SampleKeys {

    private final Pool pool;

    public SampleKeys(Pool pool) {
        this.pool = pool;
    }

    public String participant(String name) {
        return id(NodeType.PARTICIPANT, "select id from participant where name = $1", name);
    }

    public String negotiation(String title) {
        return id(NodeType.NEGOTIATION, "select id from negotiation where title = $1", title);
    }

    public String agreement(String title) {
        return id(NodeType.AGREEMENT, "select id from agreement where title = $1", title);
    }

    public String exchange(String location) {
        return id(NodeType.EXCHANGE, "select id from exchange where location = $1", location);
    }

    public String statement(String text) {
        return id(NodeType.STATEMENT, "select id from statement where text = $1", text);
    }

    /** The database key behind a global ID. */
    public long key(String id) {
        return GlobalId.parse(id, "id").key();
    }

    public long count(String table) {
        return pool.query("select count(*) from " + table).execute().await().indefinitely()
                .iterator().next().getLong(0);
    }

    private String id(NodeType type, String sql, String value) {
        long key = pool.preparedQuery(sql).execute(Tuple.of(value)).await().indefinitely()
                .iterator().next().getLong(0);
        return GlobalId.encode(type, key);
    }
}
