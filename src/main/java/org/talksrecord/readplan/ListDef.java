package org.talksrecord.readplan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A list that pages with keyset cursors: the rows of one table, the orders a client may choose (by the name of
 * the order field), the default order and the filter input's fields.
 */
record ListDef(String type, String table, String keyColumn, SortKey defaultOrder, Map<String, SortKey> orders,
        Map<String, FilterField> filters) {

    /** The order an {@code orderBy} input ({@code {field, direction}}) asks for, or the default one. */
    SortKey order(Object orderBy) {
        if (!(orderBy instanceof Map<?, ?> input)) {
            return defaultOrder;
        }
        SortKey chosen = orders.get(String.valueOf(input.get("field")));
        return (chosen == null ? defaultOrder : chosen).direction(String.valueOf(input.get("direction")));
    }

    /** The conditions a filter input puts on rows {@code row}, one per field given. */
    List<String> conditions(Render render, Object filter, String row) {
        List<String> conditions = new ArrayList<>();
        if (filter instanceof Map<?, ?> input) {
            input.forEach((name, value) -> {
                FilterField field = filters.get(String.valueOf(name));
                if (value != null && field != null) {
                    conditions.add("(" + field.condition(render, row, value, "filter." + name) + ")");
                }
            });
        }
        return conditions;
    }

    /** Whether a filter input restricts the list to rows fetched by ID. */
    boolean fetchesByIds(Object filter) {
        return filter instanceof Map<?, ?> input && input.entrySet().stream().anyMatch(given -> {
            FilterField field = filters.get(String.valueOf(given.getKey()));
            return given.getValue() != null && field != null && field.fetchesByIds();
        });
    }

    static String and(List<String> conditions) {
        return conditions.isEmpty() ? "true" : String.join(" and ", conditions);
    }
}
