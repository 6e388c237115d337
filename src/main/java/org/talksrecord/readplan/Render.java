package org.talksrecord.readplan;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.talksrecord.common.ApiException;

/**
 * Writes one request's statement from a compiled plan: hands out aliases and parameter places, evaluates
 * arguments with the request's variables, and records the fields whose arguments a client got wrong.
 */
final class Render {

    /** The JSON key of the object that stands where a field failed; no GraphQL response key can be it. */
    static final String ERROR_KEY = "@error";

    /** A field whose arguments were refused, the steps from the root to it, and its marker's number. */
    record FieldError(int id, ApiException failure, Entry entry, List<Step> steps) {
    }

    private final Map<String, Object> variables;
    private final List<Object> params = new ArrayList<>();
    private final List<FieldError> errors = new ArrayList<>();
    private final List<Step> path = new ArrayList<>();
    // by identity: an entry is a node of the compiled plan, and its record hash would walk the plan below it
    private final Map<Entry, Map<String, Object>> arguments = new IdentityHashMap<>();
    private int aliases;

    Render(Map<String, Object> variables) {
        this.variables = variables;
    }

    String alias() {
        return "t" + ++aliases;
    }

    /** The place of a parameter with an explicit type, e.g. {@code $3::int8}. */
    String param(Object value, String sqlType) {
        params.add(value);
        return "$" + params.size() + "::" + sqlType;
    }

    Map<String, Object> arguments(Entry entry) {
        return arguments.computeIfAbsent(entry, e -> Arguments.of(e.definition(), e.field(), variables));
    }

    void enter(Step step) {
        path.add(step);
    }

    void exit() {
        path.remove(path.size() - 1);
    }

    /** Records the failure and returns the marker that stands for the field in the statement's result. */
    String error(ApiException failure, Entry entry) {
        FieldError error = new FieldError(errors.size(), failure, entry, List.copyOf(path));
        errors.add(error);
        return "json_build_object('" + ERROR_KEY + "', " + error.id() + ")";
    }

    /**
     * The statement's text and parameters with the places of unused parameters removed: a field whose arguments
     * were refused, or a part a selection does not need, may have handed out places its SQL never used. The
     * places that stay keep their order, so the first (a prepared read's key) stays first.
     */
    Finished finish(String sql) {
        return compact(sql, params);
    }

    static Finished compact(String sql, List<Object> params) {
        boolean[] used = new boolean[params.size() + 1];
        int count = 0;
        for (int at = sql.indexOf('$'); at >= 0; at = sql.indexOf('$', at + 1)) {
            int place = placeAt(sql, at);
            if (place > 0) {
                count += used[place] ? 0 : 1;
                used[place] = true;
            }
        }
        if (count == params.size()) {
            return new Finished(sql, params);
        }
        int[] renumbered = new int[params.size() + 1];
        List<Object> kept = new ArrayList<>(count);
        for (int place = 1; place < used.length; place++) {
            if (used[place]) {
                kept.add(params.get(place - 1));
                renumbered[place] = kept.size();
            }
        }
        StringBuilder text = new StringBuilder(sql.length());
        int copied = 0;
        for (int at = sql.indexOf('$'); at >= 0; at = sql.indexOf('$', at + 1)) {
            int place = placeAt(sql, at);
            if (place > 0) {
                text.append(sql, copied, at + 1).append(renumbered[place]);
                copied = sql.indexOf("::", at);
            }
        }
        return new Finished(text.append(sql, copied, sql.length()).toString(), kept);
    }

    /** The parameter number of a place {@code $n::} starting at {@code at}, or 0 when none starts there. */
    private static int placeAt(String sql, int at) {
        int end = at + 1;
        int place = 0;
        while (end < sql.length() && Character.isDigit(sql.charAt(end))) {
            place = place * 10 + (sql.charAt(end++) - '0');
        }
        return end > at + 1 && sql.startsWith("::", end) ? place : 0;
    }

    record Finished(String sql, List<Object> params) {
    }

    List<Object> params() {
        return params;
    }

    List<FieldError> errors() {
        return errors;
    }
}
