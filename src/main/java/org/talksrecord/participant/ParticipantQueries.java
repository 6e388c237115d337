package org.talksrecord.participant;

import java.util.ArrayList;
import java.util.Arrays;
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
public class ParticipantQueries implements NodeLoader {

    public static final String COLUMNS = "p.id, p.version, p.name, p.kind, p.aliases, p.title, p.affiliation_id, p.created_at, p.updated_at, p.created_by, p.updated_by";
    private static final String BY_KEYS = "select " + COLUMNS + " from participant p where p.id = any($1)";

    static final ListSpec LIST = new ListSpec("participants", "participant p", COLUMNS, "p.id");
    static final SortKey NAME = new SortKey("NAME", "p.name", SortKey.Kind.TEXT, false, false);

    private final Pool pool;
    private final KeysetPages pages;

    public ParticipantQueries(Pool pool, KeysetPages pages) {
        this.pool = pool;
        this.pages = pages;
    }

    public Uni<Page<ParticipantView>> page(ParticipantFilter filter, ParticipantOrder order, PageRequest page) {
        SortKey sort = order == null ? NAME : NAME.direction(order.direction());
        return pages.root(LIST, filterOf(filter), sort, page).map(rows -> rows.map(ParticipantQueries::map));
    }

    public Uni<List<Page<ParticipantView>>> membersOf(List<Long> parents, PageRequest page) {
        return pages.nested(LIST, "p.affiliation_id = parent.parent_key", parents, NAME, page)
                .map(list -> list.stream().map(rows -> rows.map(ParticipantQueries::map)).toList());
    }

    static Filter filterOf(ParticipantFilter filter) {
        Filter where = Filter.none();
        if (filter == null) {
            return where;
        }
        return where.andIf(filter.kind() == null ? null : filter.kind().name(), "p.kind = ?")
                .andContainsFolded(filter.name(), "p.folded_names")
                .andId(filter.affiliationId(), NodeType.PARTICIPANT, "filter.affiliationId", "p.affiliation_id = ?");
    }

    /** One participant per key, in the order of the keys; null for keys that name none. */
    public Uni<List<ParticipantView>> byKeys(List<Long> keys) {
        return Batches.loadByKeys(pool, BY_KEYS, keys, ParticipantQueries::map);
    }

    /**
     * The participants a link table ties to each owner, e.g. the mentions of statements, in the link's order.
     * Names are compile-time constants of the callers.
     */
    public Uni<List<List<ParticipantView>>> linked(String linkTable, String ownerColumn, List<Long> owners) {
        String sql = "select l." + ownerColumn + " as owner, " + COLUMNS + " from " + linkTable
                + " l join participant p on p.id = l.participant_id where l." + ownerColumn
                + " = any($1) order by l." + ownerColumn + ", l.position";
        return Batches.loadGroups(pool, sql, owners, "owner", ParticipantQueries::map);
    }

    public Uni<ParticipantView> byKey(Long key) {
        return byKeys(Collections.singletonList(key)).map(found -> found.get(0));
    }

    public static ParticipantView map(Row row) {
        return new ParticipantView(
                row.getLong("id"),
                row.getInteger("version"),
                row.getString("name"),
                ParticipantKind.valueOf(row.getString("kind")),
                Arrays.asList(row.getArrayOfStrings("aliases")),
                row.getString("title"),
                row.getLong("affiliation_id"),
                row.getOffsetDateTime("created_at"),
                row.getOffsetDateTime("updated_at"),
                row.getString("created_by"),
                row.getString("updated_by"));
    }

    @Override
    public NodeType type() {
        return NodeType.PARTICIPANT;
    }

    @Override
    public Uni<List<Node>> nodesByKeys(List<Long> keys) {
        return byKeys(keys).map(ArrayList::new);
    }
}
