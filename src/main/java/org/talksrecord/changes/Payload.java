package org.talksrecord.changes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.talksrecord.readplan.ReadWiring;

import io.vertx.core.json.Json;
import io.vertx.core.json.JsonObject;

/**
 * One subscription payload as the read plans built it: a JSON object by response key, which execution can
 * complete like any other, and the {@code next} message's payload rendered from it once, however many subscribers
 * of its group receive it. The plans build exactly the response GraphQL execution would; only the type marks of
 * interface-typed objects are dropped.
 */
final class Payload extends JsonObject {

    private final String responseKey;
    private volatile String rendered;

    Payload(Map<String, Object> row, String responseKey) {
        super(row);
        this.responseKey = responseKey;
    }

    /** {@code {"data":{"<response key>":{...}}}} */
    String rendered() {
        String text = rendered;
        if (text == null) {
            text = "{\"data\":{" + Json.encode(responseKey) + ":" + Json.encode(unmarked(getMap())) + "}}";
            rendered = text;
        }
        return text;
    }

    private static Object unmarked(Object value) {
        if (value instanceof JsonObject object) {
            return unmarked(object.getMap());
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((key, member) -> {
                if (!ReadWiring.TYPE_MARK.equals(key)) {
                    copy.put((String) key, unmarked(member));
                }
            });
            return copy;
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            list.forEach(element -> copy.add(unmarked(element)));
            return copy;
        }
        return value;
    }
}
