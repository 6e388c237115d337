package org.talksrecord.negotiation;

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
public class NegotiationQueries implements NodeLoader {

    static final String COLUMNS = "n.id, n.title, n.format, n.status, n.location, n.starts_at, n.ends_at, n.summary, "
            + "n.previous_round_id";
    private static final String BY_KEYS = "select " + COLUMNS + " from negotiation n where n.id = any($1)";

    private final Pool pool;

    public NegotiationQueries(Pool pool) {
        this.pool = pool;
    }

    public Uni<List<NegotiationView>> byKeys(List<Long> keys) {
        return Batches.loadByKeys(pool, BY_KEYS, keys, NegotiationQueries::map);
    }

    public Uni<NegotiationView> byKey(Long key) {
        return byKeys(Collections.singletonList(key)).map(found -> found.get(0));
    }

    static NegotiationView map(Row row) {
        return new NegotiationView(
                row.getLong("id"),
                row.getString("title"),
                NegotiationFormat.valueOf(row.getString("format")),
                NegotiationStatus.valueOf(row.getString("status")),
                row.getString("location"),
                row.getOffsetDateTime("starts_at"),
                row.getOffsetDateTime("ends_at"),
                row.getString("summary"),
                row.getLong("previous_round_id"));
    }

    @Override
    public NodeType type() {
        return NodeType.NEGOTIATION;
    }

    @Override
    public Uni<List<Node>> nodesByKeys(List<Long> keys) {
        return byKeys(keys).map(ArrayList::new);
    }
}
