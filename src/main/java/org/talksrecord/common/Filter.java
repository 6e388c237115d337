package org.talksrecord.common;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Conditions combined with AND; each writes its SQL and registers its own parameters. */
public final class Filter {

    private final List<Function<SqlParams, String>> conditions = new ArrayList<>();

    public static Filter none() {
        return new Filter();
    }

    public Filter and(Function<SqlParams, String> condition) {
        conditions.add(condition);
        return this;
    }

    /** Adds {@code condition} with {@code value} as its only parameter ({@code ?}), unless the value is null. */
    public Filter andIf(Object value, String condition) {
        return value == null ? this : and(params -> condition.replace("?", params.add(value)));
    }

    /**
     * Adds {@code condition} on the key of a global ID given as filter input: an ID of another type matches
     * nothing, a malformed one is the client's error reported against {@code field}.
     */
    public Filter andId(String rawId, NodeType type, String field, String condition) {
        if (rawId == null) {
            return this;
        }
        Long key = GlobalId.keyOf(rawId, type, field);
        return key == null ? and(params -> "false") : andIf(key, condition);
    }

    /** Case- and accent-insensitive substring match of {@code folded} (already folded) against the value. */
    public Filter andContainsFolded(String value, String folded) {
        return andIf(value == null ? null : escapeLike(value),
                folded + " like '%' || fold_text(?) || '%' escape '\\'");
    }

    public static String escapeLike(String value) {
        return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** Dates are inclusive days in UTC; {@code column} is a timestamp. */
    public Filter andFromDay(Object day, String column) {
        return andIf(day, column + " >= (?::date)::timestamp at time zone 'UTC'");
    }

    public Filter andToDay(Object day, String column) {
        return andIf(day, column + " < ((?::date) + 1)::timestamp at time zone 'UTC'");
    }

    public String where(SqlParams params) {
        if (conditions.isEmpty()) {
            return "true";
        }
        return String.join(" and ", conditions.stream().map(condition -> "(" + condition.apply(params) + ")")
                .toList());
    }
}
