package org.talksrecord.readplan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.vertx.sqlclient.Tuple;

/**
 * One query document compiled into one SQL statement that returns the whole response as JSON text; the checks
 * bind no parameter but refuse values the statement does not cover.
 */
record ReadPlan(String sql, List<Binder> checks, List<Binder> binders) {

    /** The statement's parameters for these variables; throws {@link NotCompilable} when the resolvers must answer. */
    Tuple bind(Map<String, Object> variables) {
        for (Binder check : checks) {
            check.bind(variables);
        }
        List<Object> values = new ArrayList<>(binders.size());
        for (Binder binder : binders) {
            values.add(binder.bind(variables));
        }
        return Tuple.tuple(values);
    }
}
