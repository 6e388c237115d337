package org.talksrecord.agreement;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.talksrecord.common.Batches;
import org.talksrecord.common.Filter;
import org.talksrecord.common.KeysetPages;
import org.talksrecord.common.ListSpec;
import org.talksrecord.common.Node;
import org.talksrecord.common.NodeLoader;
import org.talksrecord.common.NodeType;
import org.talksrecord.common.Page;
import org.talksrecord.common.PageRequest;
import org.talksrecord.common.SortKey;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

@ApplicationScoped
public class AgreementQueries implements NodeLoader {

    static final String COLUMNS = "a.id, a.version, a.title, a.reached_on, a.terms, a.prisoners_per_side, a.negotiation_id, a.created_at, a.updated_at, a.created_by, a.updated_by";
    private static final String BY_KEYS = "select " + COLUMNS + " from agreement a where a.id = any($1)";

    static final ListSpec LIST = new ListSpec("agreements", "agreement a", COLUMNS, "a.id");
    static final SortKey REACHED_ON = new SortKey("REACHED_ON", "a.reached_on", SortKey.Kind.DATE, true, true);
    private static final String OF_NEGOTIATIONS = "select " + COLUMNS + " from agreement a "
            + "where a.negotiation_id = any($1) order by a.reached_on desc nulls last, a.id desc";
    // Per agreement: released totals of every participant on either side of its completed exchanges; the
    // smaller side's sum is what has been fulfilled for both.
    private static final String RELEASED_PER_SIDE = "select agreement_id, min(released) as released from ("
            + "select x.agreement_id, side.pid, sum(side.n) as released from exchange x "
            + "join exchange_side s on s.exchange_id = x.id "
            + "cross join lateral (values (s.released_by_id, s.military + s.civilians), (s.received_by_id, 0)) "
            + "as side(pid, n) where x.agreement_id = any($1) and x.status = 'COMPLETED' "
            + "group by x.agreement_id, side.pid) per group by agreement_id";

    private final Pool pool;
    private final KeysetPages pages;

    public AgreementQueries(Pool pool, KeysetPages pages) {
        this.pool = pool;
        this.pages = pages;
    }

    public Uni<Page<AgreementView>> page(PageRequest page) {
        return pages.root(LIST, Filter.none(), REACHED_ON, page).map(rows -> rows.map(AgreementQueries::map));
    }

    public Uni<List<List<AgreementView>>> ofNegotiations(List<Long> negotiations) {
        return Batches.loadGroups(pool, OF_NEGOTIATIONS, negotiations, "negotiation_id", AgreementQueries::map);
    }

    public Uni<List<Integer>> releasedPerSide(List<Long> agreements) {
        return pool.preparedQuery(RELEASED_PER_SIDE).execute(Tuple.of(Batches.keyArray(agreements)))
                .map(rows -> Batches.alignTo(agreements, rows, row -> row.getLong("agreement_id")))
                .map(rows -> rows.stream().map(row -> row == null ? 0 : row.getLong("released").intValue())
                        .toList());
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
                row.getInteger("version"),
                row.getString("title"),
                row.getLocalDate("reached_on"),
                row.getString("terms"),
                row.getInteger("prisoners_per_side"),
                row.getLong("negotiation_id"),
                row.getOffsetDateTime("created_at"),
                row.getOffsetDateTime("updated_at"),
                row.getString("created_by"),
                row.getString("updated_by"));
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
