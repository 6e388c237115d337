package org.talksrecord.readplan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import io.vertx.sqlclient.Tuple;

/**
 * One query document compiled into one SQL statement that returns the whole response as JSON text; the checks
 * bind no parameter but refuse values the statement does not cover. Page sizes are written into the statement
 * as numbers, not parameters: PostgreSQL re-plans a statement with a parameter in its LIMIT at every execution.
 */
final class ReadPlan {

    private static final Pattern SIZE = Pattern.compile("\\{size(\\d+)}");
    private static final int MAX_TEXTS = 32;

    private final String sql;
    private final List<Binder> sizes;
    private final List<Binder> checks;
    private final List<Binder> binders;
    private final Map<List<Object>, String> textsBySizes = new ConcurrentHashMap<>();

    ReadPlan(String sql, List<Binder> sizes, List<Binder> checks, List<Binder> binders) {
        this.sql = sql;
        this.sizes = sizes;
        this.checks = checks;
        this.binders = binders;
    }

    /** The mark {@link #bind} replaces with the value of page size {@code index}. */
    static String sizeMark(int index) {
        return "{size" + index + "}";
    }

    /** The statement and its parameters for these variables; throws {@link NotCompilable} when the resolvers must answer. */
    Statement bind(Map<String, Object> variables) {
        for (Binder check : checks) {
            check.bind(variables);
        }
        String text = sizes.isEmpty() ? sql : text(sizes.stream().map(size -> size.bind(variables)).toList());
        List<Object> values = new ArrayList<>(binders.size());
        for (Binder binder : binders) {
            values.add(binder.bind(variables));
        }
        return new Statement(text, Tuple.tuple(values));
    }

    private String text(List<Object> sizeValues) {
        String text = textsBySizes.get(sizeValues);
        if (text == null) {
            // each size is an int in 0..100 (Arguments.pageSize), so writing it into the text is safe
            text = SIZE.matcher(sql).replaceAll(mark -> sizeValues.get(Integer.parseInt(mark.group(1))).toString());
            if (textsBySizes.size() < MAX_TEXTS) {
                textsBySizes.put(sizeValues, text);
            }
        }
        return text;
    }

    record Statement(String sql, Tuple parameters) {
    }
}
