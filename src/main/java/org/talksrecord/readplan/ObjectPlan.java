package org.talksrecord.readplan;

import static graphql.Scalars.GraphQLString;
import static graphql.schema.GraphQLNonNull.nonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

import org.talksrecord.common.ApiException;

/** The compiled selection of one object type: its response keys in document order, built as one JSON object. */
record ObjectPlan(String type, List<Entry> entries) {

    /** The key under which an object of interface type names its type for execution outside plans. */
    static final String TYPE_MARK = "@type";

    // json_build_object takes at most 100 arguments
    private static final int KEYS_PER_CALL = 50;

    ObjectPlan withTypeMark() {
        List<Entry> marked = new ArrayList<>(entries);
        marked.add(new Entry(new Step(TYPE_MARK, nonNull(GraphQLString)), null, null,
                (render, entry, scope) -> Formats.literal(type)));
        return new ObjectPlan(type, marked);
    }

    String render(Render render, Scope scope) {
        List<String> calls = new ArrayList<>();
        StringJoiner call = null;
        for (int i = 0; i < entries.size(); i++) {
            if (i % KEYS_PER_CALL == 0) {
                call = new StringJoiner(", ", "json_build_object(", ")");
                calls.add(null);
            }
            Entry entry = entries.get(i);
            call.add(Formats.literal(entry.step().key())).add(value(render, entry, scope));
            calls.set(calls.size() - 1, call.toString());
        }
        if (calls.isEmpty()) {
            return "json_build_object()";
        }
        return calls.size() == 1 ? calls.get(0) : concatenated(calls);
    }

    private static String value(Render render, Entry entry, Scope scope) {
        render.enter(entry.step());
        try {
            return entry.read().render(render, entry, scope);
        } catch (ApiException e) {
            return render.error(e, entry);
        } finally {
            render.exit();
        }
    }

    /** Objects of more than 50 keys: the members of each call, joined into one object in order. */
    private static String concatenated(List<String> calls) {
        StringJoiner members = new StringJoiner(" || ', ' || ", "('{' || ", " || '}')::json");
        calls.forEach(call -> members.add("regexp_replace(" + call + "::text, '^\\{|\\}$', '', 'g')"));
        return members.toString();
    }
}
