package org.talksrecord.statement;

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
import org.talksrecord.negotiation.NegotiationQueries;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;

@ApplicationScoped
public class StatementQueries implements NodeLoader {

    static final String COLUMNS = "s.id, s.version, s.text, s.language, s.said_at, s.channel, s.url, s.speaker_id, "
            + "s.exchange_id, s.created_at, s.updated_at, s.created_by, s.updated_by, "
            + NegotiationQueries.JOINED_COLUMNS;
    // A statement's negotiation comes with it: lists of statements show its title without another statement.
    private static final String FROM = "statement s " + NegotiationQueries.leftJoinOn("s.negotiation_id");
    private static final String BY_KEYS = "select " + COLUMNS + " from " + FROM + " where s.id = any($1)";

    static final ListSpec LIST = new ListSpec("statements", FROM, COLUMNS, "s.id");
    static final SortKey SAID_AT = new SortKey("SAID_AT", "s.said_at", SortKey.Kind.TIMESTAMP, false, true);

    private final Pool pool;
    private final KeysetPages pages;

    public StatementQueries(Pool pool, KeysetPages pages) {
        this.pool = pool;
        this.pages = pages;
    }

    public Uni<Page<StatementView>> page(StatementFilter filter, StatementOrder order, PageRequest page) {
        SortKey sort = order == null ? SAID_AT : SAID_AT.direction(order.direction());
        return pages.root(LIST, filterOf(filter), sort, page).map(rows -> rows.map(StatementQueries::map));
    }

    /** Pages of the statements linked to each parent through {@code column}, e.g. {@code speaker_id}. */
    public Uni<List<Page<StatementView>>> pagesBy(String column, List<Long> parents, PageRequest page) {
        return pages.nested(LIST, "s." + column + " = parent.parent_key", parents, SAID_AT, page)
                .map(list -> list.stream().map(rows -> rows.map(StatementQueries::map)).toList());
    }

    static Filter filterOf(StatementFilter filter) {
        Filter where = Filter.none();
        if (filter == null) {
            return where;
        }
        return where.andId(filter.speakerId(), NodeType.PARTICIPANT, "filter.speakerId", "s.speaker_id = ?")
                .andId(filter.negotiationId(), NodeType.NEGOTIATION, "filter.negotiationId", "s.negotiation_id = ?")
                .andId(filter.exchangeId(), NodeType.EXCHANGE, "filter.exchangeId", "s.exchange_id = ?")
                .andId(filter.mentionsId(), NodeType.PARTICIPANT, "filter.mentionsId",
                        "exists (select 1 from statement_mention m where m.statement_id = s.id and m.participant_id = ?)")
                .andIf(filter.language(), "s.language = ?")
                .andFromDay(filter.from(), "s.said_at")
                .andToDay(filter.to(), "s.said_at")
                .andIf(filter.text(), "s.search_vector @@ websearch_to_tsquery('simple', fold_text(?))");
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
                row.getInteger("version"),
                row.getString("text"),
                row.getString("language"),
                row.getOffsetDateTime("said_at"),
                row.getString("channel"),
                row.getString("url"),
                row.getLong("speaker_id"),
                NegotiationQueries.joined(row),
                row.getLong("exchange_id"),
                row.getOffsetDateTime("created_at"),
                row.getOffsetDateTime("updated_at"),
                row.getString("created_by"),
                row.getString("updated_by"));
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
