package org.talksrecord.readplan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.function.Supplier;

import org.talksrecord.common.PageRequest;
import org.talksrecord.readplan.Cursors.Position;
import org.talksrecord.readplan.FieldSpec.Connection;

/**
 * One page of a list as a Relay connection, in one sub-select: the rows after the cursor in the chosen order,
 * filtered, limited to the page size (plus one row to tell whether a next page exists when that is asked).
 */
record ConnectionRead(Connection spec, List<ConnectionPart> parts) implements FieldRead {

    @Override
    public String render(Render render, Entry entry, Scope scope) {
        Map<String, Object> args = render.arguments(entry);
        ListDef list = spec.list();
        int size = PageRequest.size(Arguments.integer(args.get("first"), "first"));
        SortKey order = list.order(args.get("orderBy"));
        String tag = order.tag(spec.tag());
        Position after = args.get("after") == null ? null : Cursors.decode((String) args.get("after"), tag, order);
        String row = render.alias();
        String where = where(render, args, row, scope);
        String matching = list.table() + " " + row + " where " + where;
        String matches = readsMatchesOnce(args) ? render.alias() : null;
        String rows = (matches == null ? matching : matches + " " + row + " where true")
                + (after == null
                        ? ""
                        : " and " + order.after(render, row, list.keyColumn(), after.value(), after.key()))
                + " order by " + order.orderBy(row, list.keyColumn());
        String count = "(select count(*)::int4 from " + (matches == null ? matching : matches) + ")";
        Page page = new Page(render, list, order, tag, size, after != null, count);
        String sql = parts.stream().anyMatch(ConnectionPart::needsPageRows)
                ? page.withPageRows(rows)
                : page.nodesOnly(rows);
        return matches == null
                ? sql
                : "(with " + matches + " as materialized (select * from " + matching + ") select " + sql + ")";
    }

    /**
     * Rows fetched by the IDs of their links are all read to order a page, so when the total is asked too it is
     * counted from the same read instead of a second one.
     */
    private boolean readsMatchesOnce(Map<String, Object> args) {
        boolean counted = parts.stream().anyMatch(part -> part.kind() == ConnectionPart.Kind.TOTAL_COUNT);
        boolean paged = parts.stream().anyMatch(part -> part.kind() == ConnectionPart.Kind.NODES
                || part.kind() == ConnectionPart.Kind.EDGES || part.kind() == ConnectionPart.Kind.PAGE_INFO);
        boolean byIds = (spec.relation() != null && spec.relation().fetchesByIds())
                || spec.list().fetchesByIds(args.get("filter"));
        return counted && paged && byIds;
    }

    private String where(Render render, Map<String, Object> args, String row, Scope scope) {
        List<String> conditions = new ArrayList<>();
        if (spec.relation() != null) {
            conditions.add(spec.relation().condition(render, row, scope.row() + ".id"));
        }
        conditions.addAll(spec.list().conditions(render, args.get("filter"), row));
        return ListDef.and(conditions);
    }

    /** The SQL of one page; {@code count} counts every match of the filter. */
    private final class Page {

        private final Render render;
        private final ListDef list;
        private final SortKey order;
        private final String tag;
        private final int size;
        private final boolean afterCursor;
        private final String count;

        Page(Render render, ListDef list, SortKey order, String tag, int size, boolean afterCursor, String count) {
            this.render = render;
            this.list = list;
            this.order = order;
            this.tag = tag;
            this.size = size;
            this.afterCursor = afterCursor;
            this.count = count;
        }

        /** Only nodes and counts: the page's rows aggregated in order, nothing beyond them read. */
        String nodesOnly(String rows) {
            StringJoiner object = new StringJoiner(", ", "json_build_object(", ")");
            for (ConnectionPart part : parts) {
                object.add(Formats.literal(part.step().key())).add(switch (part.kind()) {
                    case NODES -> entered(part, () -> {
                        String page = render.alias();
                        List<String> joins = new ArrayList<>();
                        String node = part.node().render(render, new Scope(page, joins));
                        return "(select coalesce(json_agg(" + node + " order by " + order.orderBy(page,
                                list.keyColumn()) + "), '[]') from (select * from " + rows + " limit " + size + ") "
                                + page + String.join("", joins) + ")";
                    });
                    case TOTAL_COUNT -> count;
                    case PAGE_INFO -> pageInfo(part, null, null, null);
                    default -> Formats.literal(part.typeName());
                });
            }
            return object.toString();
        }

        /** Edges, cursors or page info: the page plus one row, numbered, aggregated over the page's rows. */
        String withPageRows(String rows) {
            String numbered = render.alias();
            String page = render.alias();
            List<String> joins = new ArrayList<>();
            String inPage = " filter (where " + page + ".ord <= " + size + ")";
            String cursor = Formats.cursor(tag, page + "." + list.keyColumn(), order.cursorValue(page));
            StringJoiner object = new StringJoiner(", ", "json_build_object(", ")");
            for (ConnectionPart part : parts) {
                object.add(Formats.literal(part.step().key())).add(switch (part.kind()) {
                    case NODES -> entered(part, () -> "coalesce(json_agg(" + part.node().render(render, new Scope(page,
                            joins)) + " order by " + page + ".ord)" + inPage + ", '[]')");
                    case EDGES -> entered(part, () -> "coalesce(json_agg(" + edge(part, page, joins, cursor)
                            + " order by " + page + ".ord)" + inPage + ", '[]')");
                    case PAGE_INFO -> pageInfo(part, page, inPage, cursor);
                    case TOTAL_COUNT -> count;
                    default -> Formats.literal(part.typeName());
                });
            }
            return "(select " + object + " from (select " + numbered + ".*, row_number() over (order by "
                    + order.orderBy(numbered, list.keyColumn()) + ") as ord from (select * from " + rows + " limit "
                    + (size + 1) + ") " + numbered + ") " + page + String.join("", joins) + ")";
        }

        private String edge(ConnectionPart edges, String page, List<String> joins, String cursor) {
            StringJoiner object = new StringJoiner(", ", "json_build_object(", ")");
            for (ConnectionPart part : edges.parts()) {
                object.add(Formats.literal(part.step().key())).add(switch (part.kind()) {
                    case CURSOR -> cursor;
                    case NODE -> entered(part, () -> part.node().render(render, new Scope(page, joins)));
                    default -> Formats.literal(part.typeName());
                });
            }
            return object.toString();
        }

        private String pageInfo(ConnectionPart info, String page, String inPage, String cursor) {
            StringJoiner object = new StringJoiner(", ", "json_build_object(", ")");
            for (ConnectionPart part : info.parts()) {
                object.add(Formats.literal(part.step().key())).add(switch (part.kind()) {
                    case HAS_NEXT_PAGE -> "count(*) > " + size;
                    case HAS_PREVIOUS_PAGE -> String.valueOf(afterCursor);
                    case START_CURSOR -> "(array_agg(" + cursor + " order by " + page + ".ord)" + inPage + ")[1]";
                    case END_CURSOR -> "(array_agg(" + cursor + " order by " + page + ".ord desc)" + inPage + ")[1]";
                    default -> Formats.literal(part.typeName());
                });
            }
            return object.toString();
        }

        private String entered(ConnectionPart part, Supplier<String> sql) {
            render.enter(part.step());
            try {
                return sql.get();
            } finally {
                render.exit();
            }
        }
    }
}
