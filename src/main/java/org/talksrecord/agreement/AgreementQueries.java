package org.talksrecord.agreement;

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
public class AgreementQueries implements NodeLoader {

    static final String COLUMNS = "a.id, a.title, a.reached_on, a.terms, a.prisoners_per_side, a.negotiation_id";
    private static final String BY_KEYS = "select " + COLUMNS + " from agreement a where a.id = any($1)";

    private final Pool pool;

    public AgreementQueries(Pool pool) {
        this.pool = pool;
    }

    public Uni<List<AgreementView>> byKeys(List<Long> keys) {
        return Batches.loadByKeys(pool, BY_KEYS, keys, AgreementQueries::map);
    }

    public Uni<AgreementView> byKey(Long key) {
        return byKeys(Collections.singletonList(key)).map(found -> found.get(0));
    }

    static AgreementView map(Row row) {
        return new AgreementView(
                row.getLong("id"),
                row.getString("title"),
                row.getLocalDate("reached_on"),
                row.getString("terms"),
                row.getInteger("prisoners_per_side"),
                row.getLong("negotiation_id"));
    }

    @Override
    public NodeType type() {
        return NodeType.AGREEMENT;
    }

    @Override
    public Uni<List<Node>> nodesByKeys(List<Long> keys) {
        return byKeys(keys).map(ArrayList::new);
    }
}
