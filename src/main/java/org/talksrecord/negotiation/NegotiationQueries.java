package org.talksrecord.negotiation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

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
import org.talksrecord.participant.ParticipantQueries;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;

@ApplicationScoped
public class NegotiationQueries implements NodeLoader {

    static final String COLUMNS = "n.id, n.version, n.title, n.format, n.status, n.location, n.starts_at, n.ends_at, n.summary, "
            + "n.previous_round_id, n.created_at, n.updated_at, n.created_by, n.updated_by";
    private static final String BY_KEYS = "select " + COLUMNS + " from negotiation n where n.id = any($1)";
    /** The columns of the negotiation {@link #leftJoinOn} adds to another table's statement, named {@code sn_*}. */
    public static final String JOINED_COLUMNS = Arrays.stream(COLUMNS.split(", "))
            .map(column -> "sn." + column.substring(2) + " as sn_" + column.substring(2))
            .collect(Collectors.joining(", "));

    static final ListSpec LIST = new ListSpec("negotiations", "negotiation n", COLUMNS, "n.id");
    static final SortKey STARTS_AT = new SortKey("STARTS_AT", "n.starts_at", SortKey.Kind.TIMESTAMP, true, true);
    static final SortKey TITLE = new SortKey("TITLE", "n.title", SortKey.Kind.TEXT, false, false);
    private static final String TAKES_PART = "exists (select 1 from negotiation_party np where np.negotiation_id = n.id "
            + "and (np.participant_id = ? or np.represents_id = ?))";
    private static final String PARTIES = "select np.negotiation_id, np.role, np.represents_id, "
            + ParticipantQueries.COLUMNS + " from negotiation_party np join participant p on p.id = np.participant_id "
            + "where np.negotiation_id = any($1) order by np.negotiation_id, np.position";
    private static final String NEXT_ROUNDS = "select " + COLUMNS + " from negotiation n "
            + "where n.previous_round_id = any($1) order by n.starts_at nulls last, n.id";

    private final Pool pool;
    private final KeysetPages pages;

    public NegotiationQueries(Pool pool, KeysetPages pages) {
        this.pool = pool;
        this.pages = pages;
    }

    public Uni<Page<NegotiationView>> page(NegotiationFilter filter, NegotiationOrder order, PageRequest page) {
        SortKey sort = order == null
                ? STARTS_AT
                : (order.field() == NegotiationOrder.NegotiationOrderField.TITLE ? TITLE : STARTS_AT)
                        .direction(order.direction());
        return pages.root(LIST, filterOf(filter), sort, page).map(rows -> rows.map(NegotiationQueries::map));
    }

    /** Pages of the negotiations each participant takes part in, directly or represented. */
    public Uni<List<Page<NegotiationView>>> ofParticipants(List<Long> participants, PageRequest page) {
        return pages.nested(LIST, TAKES_PART.replace("?", "parent.parent_key"), participants, STARTS_AT, page)
                .map(list -> list.stream().map(rows -> rows.map(NegotiationQueries::map)).toList());
    }

    public Uni<List<List<NegotiationPartyView>>> partiesOf(List<Long> negotiations) {
        return Batches.loadGroups(pool, PARTIES, negotiations, "negotiation_id",
                row -> new NegotiationPartyView(ParticipantQueries.map(row),
                        PartyRole.valueOf(row.getString("role")), row.getLong("represents_id")));
    }

    public Uni<List<List<NegotiationView>>> nextRoundsOf(List<Long> negotiations) {
        return Batches.loadGroups(pool, NEXT_ROUNDS, negotiations, "previous_round_id", NegotiationQueries::map);
    }

    static Filter filterOf(NegotiationFilter filter) {
        Filter where = Filter.none();
        if (filter == null) {
            return where;
        }
        return where.andIf(filter.status() == null ? null : filter.status().name(), "n.status = ?")
                .andIf(filter.format() == null ? null : filter.format().name(), "n.format = ?")
                .andId(filter.participantId(), NodeType.PARTICIPANT, "filter.participantId", TAKES_PART)
                .andFromDay(filter.from(), "n.starts_at")
                .andToDay(filter.to(), "n.starts_at")
                .andContainsFolded(filter.location(), "fold_text(n.location)");
    }

    public Uni<List<NegotiationView>> byKeys(List<Long> keys) {
        return Batches.loadByKeys(pool, BY_KEYS, keys, NegotiationQueries::map);
    }

    public Uni<NegotiationView> byKey(Long key) {
        return byKeys(Collections.singletonList(key)).map(found -> found.get(0));
    }

    static NegotiationView map(Row row) {
        return map(row, "");
    }

    /** The join that {@link #JOINED_COLUMNS} and {@link #joined} read, on the given foreign-key column. */
    public static String leftJoinOn(String foreignKey) {
        return "left join negotiation sn on sn.id = " + foreignKey;
    }

    /** The negotiation read through {@link #JOINED_COLUMNS}, null when the left join found none. */
    public static NegotiationView joined(Row row) {
        return row.getLong("sn_id") == null ? null : map(row, "sn_");
    }

    private static NegotiationView map(Row row, String prefix) {
        return new NegotiationView(
                row.getLong(prefix + "id"),
                row.getInteger(prefix + "version"),
                row.getString(prefix + "title"),
                NegotiationFormat.valueOf(row.getString(prefix + "format")),
                NegotiationStatus.valueOf(row.getString(prefix + "status")),
                row.getString(prefix + "location"),
                row.getOffsetDateTime(prefix + "starts_at"),
                row.getOffsetDateTime(prefix + "ends_at"),
                row.getString(prefix + "summary"),
                row.getLong(prefix + "previous_round_id"),
                row.getOffsetDateTime(prefix + "created_at"),
                row.getOffsetDateTime(prefix + "updated_at"),
                row.getString(prefix + "created_by"),
                row.getString(prefix + "updated_by"));
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
