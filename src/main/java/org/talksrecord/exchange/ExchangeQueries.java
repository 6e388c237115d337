package org.talksrecord.exchange;

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

@ApplicationScoped
public class ExchangeQueries implements NodeLoader {

    static final String COLUMNS = "x.id, x.version, x.occurred_on, x.location, x.status, x.negotiation_id, x.agreement_id, x.created_at, x.updated_at, x.created_by, x.updated_by";
    private static final String BY_KEYS = "select " + COLUMNS + " from exchange x where x.id = any($1)";
    private static final String SIDES = "select s.exchange_id, s.released_by_id, s.received_by_id, s.military, "
            + "s.civilians from exchange_side s where s.exchange_id = any($1) order by s.exchange_id, s.position";

    static final ListSpec LIST = new ListSpec("exchanges", "exchange x", COLUMNS, "x.id");
    static final SortKey OCCURRED_ON = new SortKey("OCCURRED_ON", "x.occurred_on", SortKey.Kind.DATE, false, true);
    private static final String INVOLVES = "(exists (select 1 from exchange_side es where es.exchange_id = x.id "
            + "and (es.released_by_id = ? or es.received_by_id = ?)) or exists (select 1 from exchange_mediator em "
            + "where em.exchange_id = x.id and em.participant_id = ?))";
    private static final String OF_AGREEMENTS = "select " + COLUMNS + " from exchange x "
            + "where x.agreement_id = any($1) order by x.occurred_on desc, x.id desc";

    private final Pool pool;
    private final KeysetPages pages;

    public ExchangeQueries(Pool pool, KeysetPages pages) {
        this.pool = pool;
        this.pages = pages;
    }

    public Uni<Page<ExchangeView>> page(ExchangeFilter filter, ExchangeOrder order, PageRequest page) {
        SortKey sort = order == null ? OCCURRED_ON : OCCURRED_ON.direction(order.direction());
        return pages.root(LIST, filterOf(filter), sort, page).map(rows -> rows.map(ExchangeQueries::map));
    }

    public Uni<List<Page<ExchangeView>>> ofParticipants(List<Long> participants, PageRequest page) {
        return nested(INVOLVES.replace("?", "parent.parent_key"), participants, page);
    }

    public Uni<List<Page<ExchangeView>>> ofNegotiations(List<Long> negotiations, PageRequest page) {
        return nested("x.negotiation_id = parent.parent_key", negotiations, page);
    }

    public Uni<List<List<ExchangeView>>> ofAgreements(List<Long> agreements) {
        return Batches.loadGroups(pool, OF_AGREEMENTS, agreements, "agreement_id", ExchangeQueries::map);
    }

    private Uni<List<Page<ExchangeView>>> nested(String condition, List<Long> parents, PageRequest page) {
        return pages.nested(LIST, condition, parents, OCCURRED_ON, page)
                .map(list -> list.stream().map(rows -> rows.map(ExchangeQueries::map)).toList());
    }

    static Filter filterOf(ExchangeFilter filter) {
        Filter where = Filter.none();
        if (filter == null) {
            return where;
        }
        return where.andId(filter.participantId(), NodeType.PARTICIPANT, "filter.participantId", INVOLVES)
                .andIf(filter.status() == null ? null : filter.status().name(), "x.status = ?")
                .andIf(filter.from(), "x.occurred_on >= ?")
                .andIf(filter.to(), "x.occurred_on <= ?")
                .andId(filter.negotiationId(), NodeType.NEGOTIATION, "filter.negotiationId", "x.negotiation_id = ?")
                .andId(filter.agreementId(), NodeType.AGREEMENT, "filter.agreementId", "x.agreement_id = ?");
    }

    public Uni<List<ExchangeView>> byKeys(List<Long> keys) {
        return Batches.loadByKeys(pool, BY_KEYS, keys, ExchangeQueries::map);
    }

    public Uni<ExchangeView> byKey(Long key) {
        return byKeys(Collections.singletonList(key)).map(found -> found.get(0));
    }

    /** The sides of each exchange, in the order of the keys and of each exchange's own listing. */
    public Uni<List<List<ExchangeSideView>>> sidesOf(List<Long> exchangeKeys) {
        return Batches.loadGroups(pool, SIDES, exchangeKeys, "exchange_id", ExchangeQueries::mapSide);
    }

    static ExchangeView map(Row row) {
        return new ExchangeView(
                row.getLong("id"),
                row.getInteger("version"),
                row.getLocalDate("occurred_on"),
                row.getString("location"),
                ExchangeStatus.valueOf(row.getString("status")),
                row.getLong("negotiation_id"),
                row.getLong("agreement_id"),
                row.getOffsetDateTime("created_at"),
                row.getOffsetDateTime("updated_at"),
                row.getString("created_by"),
                row.getString("updated_by"));
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
