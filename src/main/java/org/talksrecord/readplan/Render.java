package org.talksrecord.readplan;

import java.util.ArrayList;
import java.util.HashMap;
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
    private final Map<Entry, Map<String, Object>> arguments = new HashMap<>();
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

    List<Object> params() {
        return params;
    }

    List<FieldError> errors() {
        return errors;
    }
}
