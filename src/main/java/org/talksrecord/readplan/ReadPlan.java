package org.talksrecord.readplan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import io.vertx.sqlclient.Tuple;

/**
 * One query document compiled into one SQL statement that returns the whole response as JSON text; the checks
 * bind no parameter but refuse values the statement does not cover. Page sizes are written into the statement
 * as numbers, not parameters: PostgreSQL re-plans a statement with a parameter in its LIMIT at every execution.
 */
record ReadPlan(String sql, List<Binder> sizes, List<Binder> checks, List<Binder> binders) {

    private static final Pattern SIZE = Pattern.compile("\\{size(\\d+)}");

    /** The mark {@link #bind} replaces with the value of page size {@code index}. */
    static String sizeMark(int index) {
        return "{size" + index + "}";
    }

    /** The statement and its parameters for these variables; throws {@link NotCompilable} when the resolvers must answer. */
    Statement bind(Map<String, Object> variables) {
        for (Binder check : checks) {
            check.bind(variables);
        }
        String text = sql;
        if (!sizes.isEmpty()) {
            // each size is an int in 0..100 (Arguments.pageSize), so writing it into the text is safe
            List<Object> values = sizes.stream().map(size -> size.bind(variables)).toList();
            text = SIZE.matcher(sql).replaceAll(mark -> values.get(Integer.parseInt(mark.group(1))).toString());
        }
        List<Object> values = new ArrayList<>(binders.size());
        for (Binder binder : binders) {
            values.add(binder.bind(variables));
        }
        return new Statement(text, Tuple.tuple(values));
    }

    record Statement(String sql, Tuple parameters) {
    }
}
