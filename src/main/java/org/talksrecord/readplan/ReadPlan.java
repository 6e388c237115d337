package org.talksrecord.readplan;

import java.util.List;
import java.util.Map;

import org.talksrecord.readplan.Render.FieldError;

/** A query operation compiled once; each request renders its one statement with the request's variables. */
public final class ReadPlan {

    /** One request's statement: SQL, parameters and the fields whose arguments were refused. */
    record Statement(String sql, List<Object> params, List<FieldError> errors) {
    }

    private final ObjectPlan root;

    ReadPlan(ObjectPlan root) {
        this.root = root;
    }

    Statement statement(Map<String, Object> variables) {
        Render render = new Render(variables);
        String data = root.render(render, Scope.ROOT);
        // bytes, not text: the response goes out as PostgreSQL encoded it, without decoding and re-encoding
        Render.Finished finished = render.finish("select convert_to('{\"data\":' || " + data
                + "::text || '}', 'UTF8')");
        return new Statement(finished.sql(), finished.params(), render.errors());
    }
}
