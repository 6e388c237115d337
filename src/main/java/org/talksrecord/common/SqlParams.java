package org.talksrecord.common;

import java.util.ArrayList;
import java.util.List;

import io.vertx.mutiny.sqlclient.Tuple;

/** Collects positional parameters while a statement is built: {@code add} returns the placeholder. */
public final class SqlParams {

    private final List<Object> values = new ArrayList<>();

    public String add(Object value) {
        values.add(value);
        return "$" + values.size();
    }

    List<Object> values() {
        return values;
    }

    public Tuple tuple() {
        return Tuple.from(values);
    }
}
