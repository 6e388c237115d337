package org.talksrecord.readplan;

import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;

import org.talksrecord.common.BadUserInputException;
import org.talksrecord.common.GlobalId;
import org.talksrecord.common.InputFormats;
import org.talksrecord.common.NodeType;

/** One field of a filter input: the condition its non-null value puts on a listed row. */
@FunctionalInterface
interface FilterField {

    /** {@code field} is the input's path (e.g. {@code filter.speakerId}) for errors the value causes. */
    String condition(Render render, String row, Object value, String field);

    static FilterField equal(String column) {
        return (render, row, value, field) -> row + "." + column + " = " + render.param(value.toString(), "text");
    }

    /** Any of a list of values (enum names) in {@code column}; an empty list matches nothing. */
    static FilterField anyOf(String column) {
        return (render, row, value, field) -> row + "." + column + " = any("
                + render.param(((List<?>) value).stream().map(String::valueOf).toArray(String[]::new), "text[]")
                + ")";
    }

    /** Any of a list of global IDs, matched against a record type column (e.g. {@code PARTICIPANT}) and a key. */
    static FilterField records(String typeColumn, String keyColumn) {
        return (render, row, value, field) -> {
            List<?> ids = (List<?>) value;
            String[] types = new String[ids.size()];
            Long[] keys = new Long[ids.size()];
            for (int i = 0; i < ids.size(); i++) {
                GlobalId id = GlobalId.parse(String.valueOf(ids.get(i)), field + "[" + i + "]");
                types[i] = id.type().name();
                keys[i] = id.key();
            }
            return "(" + row + "." + typeColumn + ", " + row + "." + keyColumn + ") in (select * from unnest("
                    + render.param(types, "text[]") + ", " + render.param(keys, "int8[]") + "))";
        };
    }

    /** Whether the rows this field filters to are fetched by ID (see {@link Relation#fetchesByIds()}). */
    default boolean fetchesByIds() {
        return false;
    }

    /** An ID of the expected type filters by the relation; an ID of another type matches nothing. */
    static FilterField id(NodeType type, Relation relation) {
        return new ById(type, relation);
    }

    record ById(NodeType type, Relation relation) implements FilterField {

        @Override
        public String condition(Render render, String row, Object value, String field) {
            Long key = GlobalId.keyOf(value.toString(), type, field);
            return key == null ? "false" : relation.condition(render, row, render.param(key, "int8"));
        }

        @Override
        public boolean fetchesByIds() {
            return relation.fetchesByIds();
        }
    }

    /** A day, inclusive, in UTC: the timestamp {@code column} on or after its start. */
    static FilterField fromDay(String column) {
        return (render, row, value, field) -> row + "." + column + " >= (" + render.param(day(value, field), "date")
                + ")::timestamp at time zone 'UTC'";
    }

    /** A day, inclusive, in UTC: the timestamp {@code column} before the next day's start. */
    static FilterField toDay(String column) {
        return (render, row, value, field) -> row + "." + column + " < (" + render.param(day(value, field), "date")
                + " + 1)::timestamp at time zone 'UTC'";
    }

    static FilterField onOrAfter(String dateColumn) {
        return (render, row, value, field) -> row + "." + dateColumn + " >= " + render.param(day(value, field), "date");
    }

    static FilterField onOrBefore(String dateColumn) {
        return (render, row, value, field) -> row + "." + dateColumn + " <= " + render.param(day(value, field), "date");
    }

    /** Case- and accent-insensitive substring of {@code folded}, an already folded expression over the row. */
    static FilterField containsFolded(UnaryOperator<String> folded) {
        return (render, row, value, field) -> folded.apply(row) + " like '%' || fold_text("
                + render.param(escapeLike(value.toString()), "text") + ") || '%' escape '\\'";
    }

    /** PostgreSQL full-text search in web-search syntax over the row's {@code search_vector}. */
    static FilterField words() {
        return (render, row, value, field) -> row + ".search_vector @@ websearch_to_tsquery('simple', fold_text("
                + render.param(value.toString(), "text") + "))";
    }

    static String escapeLike(String value) {
        return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static LocalDate day(Object value, String field) {
        LocalDate date = value instanceof LocalDate given ? given : InputFormats.date(value.toString());
        if (date == null) {
            throw new BadUserInputException(field + " must be " + InputFormats.DATE_EXPECTED + ".", field);
        }
        return date;
    }
}
