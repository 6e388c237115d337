package org.talksrecord.readplan;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * One way to order a list: a column, its direction and whether it can be null (nulls always come last); the
 * list's key column is the final tie-breaker. Cursors carry the column's value as text.
 */
record SortKey(String name, String column, Kind kind, boolean nullable, boolean descending) {

    enum Kind {
        TIMESTAMP("timestamptz"), DATE("date"), TEXT("text"), NUMBER("int8");

        private final String sqlType;

        Kind(String sqlType) {
            this.sqlType = sqlType;
        }
    }

    static SortKey ascending(String name, String column, Kind kind, boolean nullable) {
        return new SortKey(name, column, kind, nullable, false);
    }

    static SortKey descending(String name, String column, Kind kind, boolean nullable) {
        return new SortKey(name, column, kind, nullable, true);
    }

    /** This order in the direction a client asked for: {@code ASC} or {@code DESC}. */
    SortKey direction(String direction) {
        return new SortKey(name, column, kind, nullable, "DESC".equals(direction));
    }

    String tag(String list) {
        return list + ":" + name + ":" + (descending ? "DESC" : "ASC");
    }

    /** Written exactly like the order indexes (e.g. {@code starts_at desc nulls last, id desc}) so they serve it. */
    String orderBy(String row, String keyColumn) {
        String direction = descending ? " desc" : " asc";
        return row + "." + column + direction + (nullable ? " nulls last" : "") + ", " + row + "." + keyColumn
                + direction;
    }

    /** The sort value as the text a cursor carries; parsed back by {@link #parse}. */
    String cursorValue(String row) {
        String value = row + "." + column;
        return switch (kind) {
            case TIMESTAMP -> "to_char(" + value + " at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"')";
            case DATE -> "to_char(" + value + ", 'YYYY-MM-DD')";
            case TEXT -> value;
            case NUMBER -> value + "::text";
        };
    }

    /** Rows strictly after the position ({@code value}, {@code key}) in this order; a null value sorts last. */
    String after(Render render, String row, String keyColumn, Object value, long key) {
        String comparison = descending ? " < " : " > ";
        String keyParam = render.param(key, "int8");
        if (value == null) {
            return "(" + row + "." + column + " is null and " + row + "." + keyColumn + comparison + keyParam + ")";
        }
        String keyset = "((" + row + "." + column + ", " + row + "." + keyColumn + ")" + comparison + "("
                + render.param(value, kind.sqlType) + ", " + keyParam + "))";
        return nullable ? "(" + keyset + " or " + row + "." + column + " is null)" : keyset;
    }

    /** The typed sort value of a cursor; throws {@link IllegalArgumentException} for text no cursor carries. */
    Object parse(String text) {
        try {
            return switch (kind) {
                case TIMESTAMP -> OffsetDateTime.parse(text);
                case DATE -> LocalDate.parse(text);
                case TEXT -> text;
                case NUMBER -> Long.parseLong(text);
            };
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
