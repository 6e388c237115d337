package org.talksrecord.readplan;

/**
 * The JSON forms of output values, as SQL over a row: global IDs (base64url of {@code Type:key}, no padding,
 * decoded by {@code common.GlobalId}), date-times, dates and cursors (decoded by {@link Cursors}).
 */
final class Formats {

    private Formats() {
    }

    static String id(String typeName, String key) {
        return base64url("'" + typeName + ":' || " + key);
    }

    /** The ID of a record whose type is an upper-case record type column, e.g. {@code PARTICIPANT}. */
    static String idOfRecordType(String recordType, String key) {
        return base64url("initcap(" + recordType + ") || ':' || " + key);
    }

    /** ISO-8601 in UTC, seconds always, the fraction only as long as needed. */
    static String dateTime(String value) {
        return "(rtrim(rtrim(to_char(" + value + " at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US'), '0'), '.') "
                + "|| 'Z')";
    }

    static String date(String value) {
        return "to_char(" + value + ", 'YYYY-MM-DD')";
    }

    static String array(String value) {
        return "to_json(" + value + ")";
    }

    /** A cursor: the list's tag, the row's key and its sort value ({@code ~} for null), base64url. */
    static String cursor(String tag, String key, String sortValue) {
        return base64url("'" + tag + "' || E'\\n' || " + key + " || E'\\n' || coalesce('=' || " + sortValue
                + ", '~')");
    }

    static String literal(String name) {
        // GraphQL names and response keys are [_A-Za-z][_0-9A-Za-z]*: nothing to escape
        return "'" + name + "'";
    }

    private static String base64url(String text) {
        // PostgreSQL wraps base64 at 76 characters: the newlines go with the padding
        return "translate(encode(convert_to(" + text + ", 'UTF8'), 'base64'), E'+/=\\n', '-_')";
    }
}
