package org.talksrecord.readplan;

import java.util.function.UnaryOperator;

/**
 * How one GraphQL field is read inside a compiled plan. Templates name the row being read {@code {x}} and,
 * for lists, the parent row {@code {p}}.
 */
sealed interface FieldSql {

    /** A scalar: an SQL expression over the row that PostgreSQL turns into the field's JSON value. */
    record Value(UnaryOperator<String> expression) implements FieldSql {
    }

    /** A to-one link: the row of {@code type} whose id is the parent's {@code foreignKey}. */
    record Link(String type, String foreignKey) implements FieldSql {
    }

    /** An unpaged list: the rows of {@code type} whose {@code parentKey} is the parent's id, in {@code order}. */
    record Rows(String type, String parentKey, String order) implements FieldSql {
    }

    /** A connection: the rows of {@code type} matching {@code condition}, in {@code order}, one page. */
    record Page(String type, String condition, String order) implements FieldSql {
    }

    /** A root look-up by global ID. */
    record ById(String type) implements FieldSql {
    }

    static Value column(String name) {
        return new Value(row -> row + "." + name);
    }

    static Value id(String typeName) {
        // base64url without padding, exactly like GlobalId.encode; IDs stay far below base64's 76-column wrap
        return new Value(row -> "translate(encode(convert_to('" + typeName + ":' || " + row
                + ".id, 'UTF8'), 'base64'), '+/=', '-_')");
    }

    static Value dateTime(String name) {
        // the ISO-8601 form the resolvers print: UTC, seconds always, fraction only as long as needed
        return new Value(row -> "(rtrim(rtrim(to_char(" + row + "." + name
                + " at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US'), '0'), '.') || 'Z')");
    }

    static Value date(String name) {
        return new Value(row -> "to_char(" + row + "." + name + ", 'YYYY-MM-DD')");
    }

    static Value array(String name) {
        return new Value(row -> "to_json(" + row + "." + name + ")");
    }
}
