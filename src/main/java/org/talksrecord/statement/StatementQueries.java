package org.talksrecord.statement;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.talksrecord.common.Batches;
import org.talksrecord.common.Node;
import org.talksrecord.common.NodeLoader;
import org.talksrecord.common.NodeType;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;

@ApplicationScoped
public class StatementQueries implements NodeLoader {

    static final String COLUMNS = "s.id, s.text, s.language, s.said_at, s.channel, s.url, s.speaker_id, "
            + "s.negotiation_id, s.exchange_id";
    private static final String BY_KEYS = "select " + COLUMNS + " from statement s where s.id = any($1)";

    private final Pool pool;

    public StatementQueries(Pool pool) {
        this.pool = pool;
    }

    public Uni<List<StatementView>> byKeys(List<Long> keys) {
        return Batches.loadByKeys(pool, BY_KEYS, keys, StatementQueries::map);
    }

    public Uni<StatementView> byKey(Long key) {
        return byKeys(Collections.singletonList(key)).map(found -> found.get(0));
    }

    static StatementView map(Row row) {
        return new StatementView(
                row.getLong("id"),
                row.getString("text"),
                row.getString("language"),
                row.getOffsetDateTime("said_at"),
                row.getString("channel"),
                row.getString("url"),
                row.getLong("speaker_id"),
                row.getLong("negotiation_id"),
                row.getLong("exchange_id"));
    }

    @Override
    public NodeType type() {
        return NodeType.STATEMENT;
    }

    @Override
    public Uni<List<Node>> nodesByKeys(List<Long> keys) {
        return byKeys(keys).map(ArrayList::new);
    }
}
