package org.talksrecord.exchange;

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
import io.vertx.mutiny.sqlclient.Tuple;

@ApplicationScoped
public class ExchangeQueries implements NodeLoader {

    static final String COLUMNS = "x.id, x.occurred_on, x.location, x.status, x.negotiation_id, x.agreement_id";
    private static final String BY_KEYS = "select " + COLUMNS + " from exchange x where x.id = any($1)";
    private static final String SIDES = "select s.exchange_id, s.released_by_id, s.received_by_id, s.military, "
            + "s.civilians from exchange_side s where s.exchange_id = any($1) order by s.exchange_id, s.position";

    private final Pool pool;

    public ExchangeQueries(Pool pool) {
        this.pool = pool;
    }

    public Uni<List<ExchangeView>> byKeys(List<Long> keys) {
        return Batches.loadByKeys(pool, BY_KEYS, keys, ExchangeQueries::map);
    }

    public Uni<ExchangeView> byKey(Long key) {
        return byKeys(Collections.singletonList(key)).map(found -> found.get(0));
    }

    /** The sides of each exchange, in the order of the keys and of each exchange's own listing. */
    public Uni<List<List<ExchangeSideView>>> sidesOf(List<Long> exchangeKeys) {
        return pool.preparedQuery(SIDES)
                .execute(Tuple.of(Batches.keyArray(exchangeKeys)))
                .map(rows -> Batches.groupTo(exchangeKeys, rows, row -> row.getLong("exchange_id")))
                .map(groups -> groups.stream().map(rows -> rows.stream().map(ExchangeQueries::mapSide).toList())
                        .toList());
    }

    static ExchangeView map(Row row) {
        return new ExchangeView(
                row.getLong("id"),
                row.getLocalDate("occurred_on"),
                row.getString("location"),
                ExchangeStatus.valueOf(row.getString("status")),
                row.getLong("negotiation_id"),
                row.getLong("agreement_id"));
    }

    static ExchangeSideView mapSide(Row row) {
        return new ExchangeSideView(
                row.getLong("exchange_id"),
                row.getLong("released_by_id"),
                row.getLong("received_by_id"),
                row.getInteger("military"),
                row.getInteger("civilians"));
    }

    @Override
    public NodeType type() {
        return NodeType.EXCHANGE;
    }

    @Override
    public Uni<List<Node>> nodesByKeys(List<Long> keys) {
        return byKeys(keys).map(ArrayList::new);
    }
}
