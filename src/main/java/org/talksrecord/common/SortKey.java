package org.talksrecord.common;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import io.vertx.mutiny.sqlclient.Row;

/**
 * One way to order a list: a column, its direction and whether it can be null (nulls always come last);
 * the list's ID is the final tie-breaker.
 */
public record SortKey(String name, String column, Kind kind, boolean nullable, boolean descending) {

    public enum Kind {
        TIMESTAMP, DATE, TEXT
    }

    public SortKey direction(SortDirection direction) {
        return direction == null
                ? this
                : new SortKey(name, column, kind, nullable, direction == SortDirection.DESC);
    }

    /** The tag a cursor carries, so a cursor of one list or order is refused by another. */
    String tag(String list) {
        return list + ":" + name + ":" + (descending ? "DESC" : "ASC");
    }

    String orderBy(String idColumn) {
        String direction = descending ? " desc" : " asc";
        // Written exactly like the order indexes (e.g. starts_at desc nulls last, id desc) so they serve it.
        return column + direction + (nullable ? " nulls last" : "") + ", " + idColumn + direction;
    }

    /** Rows strictly after the cursor position in this order. */
    String after(String idColumn, Cursor cursor, SqlParams params) {
        String comparison = descending ? " < " : " > ";
        String id = params.add(cursor.id());
        if (cursor.value() == null) {
            return "(" + column + " is null and " + idColumn + comparison + id + ")";
        }
        String value = params.add(parse(cursor.value()));
        String keyset = "((" + column + ", " + idColumn + ")" + comparison + "(" + value + ", " + id + "))";
        return nullable ? "(" + keyset + " or " + column + " is null)" : keyset;
    }

    String valueOf(Row row, String alias) {
        Object value = row.getValue(alias);
        return value == null ? null : value.toString();
    }

    private Object parse(String value) {
        try {
            return switch (kind) {
                case TIMESTAMP -> OffsetDateTime.parse(value);
                case DATE -> LocalDate.parse(value);
                case TEXT -> value;
            };
        } catch (DateTimeParseException e) {
            throw Cursor.invalid();
        }
    }
}
