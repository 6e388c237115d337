package org.talksrecord.common;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;

/**
 * Reads pages of lists with keyset cursors: one statement for a root list, one statement for the pages of
 * all parents of a nested list (a LATERAL subquery per parent key), never one per parent.
 */
@ApplicationScoped
public class KeysetPages {

    private static final String SORT_VALUE = "sort_value";
    private static final String PARENT_KEY = "parent_key";

    private final Pool pool;

    public KeysetPages(Pool pool) {
        this.pool = pool;
    }

    public Uni<Page<Row>> root(ListSpec list, Filter filter, SortKey order, PageRequest page) {
        SqlParams params = new SqlParams();
        String where = filter.where(params);
        CountQuery count = new CountQuery("select count(*) from " + list.from() + " where " + where,
                List.copyOf(params.values()), null);
        String sql = select(list, where, order, page, params);
        return pool.preparedQuery(sql).execute(params.tuple())
                .map(rows -> toPage(toList(rows), list, order, page, count));
    }

    /**
     * Pages of a nested list for every parent, in the order of the parents. {@code parentCondition} ties the
     * listed rows to {@code parent_key}, e.g. {@code s.speaker_id = parent.parent_key}.
     */
    public Uni<List<Page<Row>>> nested(ListSpec list, String parentCondition, List<Long> parents, SortKey order,
            PageRequest page) {
        SqlParams params = new SqlParams();
        params.add(parents.toArray(Long[]::new));
        Filter filter = Filter.none().and(p -> parentCondition);
        String inner = select(list, filter.where(params), order, page, params);
        String sql = "select parent." + PARENT_KEY + ", x.* from unnest($1::int8[]) as parent(" + PARENT_KEY + ") "
                + "cross join lateral (" + inner + ") x";
        String countSql = "select parent." + PARENT_KEY + ", (select count(*) from " + list.from() + " where "
                + parentCondition + ") from unnest($1::int8[]) as parent(" + PARENT_KEY + ")";
        return pool.preparedQuery(sql).execute(params.tuple()).map(rows -> {
            List<List<Row>> grouped = Batches.groupTo(parents, rows, row -> row.getLong(PARENT_KEY));
            List<Page<Row>> pages = new ArrayList<>(parents.size());
            for (int i = 0; i < parents.size(); i++) {
                CountQuery count = new CountQuery(countSql, List.of(), parents.get(i));
                pages.add(toPage(grouped.get(i), list, order, page, count));
            }
            return pages;
        });
    }

    private static String select(ListSpec list, String where, SortKey order, PageRequest page, SqlParams params) {
        String keyset = page.after() == null
                ? ""
                : " and " + order.after(list.idColumn(), Cursor.decode(page.after(), order.tag(list.name())), params);
        return "select " + list.columns() + ", " + order.column() + " as " + SORT_VALUE + " from " + list.from()
                + " where " + where + keyset + " order by " + order.orderBy(list.idColumn())
                + " limit " + params.add(page.first() + 1);
    }

    private static List<Row> toList(RowSet<Row> rows) {
        List<Row> list = new ArrayList<>(rows.size());
        rows.forEach(list::add);
        return list;
    }

    private static Page<Row> toPage(List<Row> rows, ListSpec list, SortKey order, PageRequest page,
            CountQuery count) {
        boolean hasNext = rows.size() > page.first();
        List<Row> items = hasNext ? rows.subList(0, page.first()) : rows;
        String tag = order.tag(list.name());
        List<String> cursors = items.stream()
                .map(row -> new Cursor(tag, row.getLong("id"), order.valueOf(row, SORT_VALUE)).encode())
                .toList();
        return new Page<>(items, cursors, hasNext, page.after() != null, count);
    }
}
