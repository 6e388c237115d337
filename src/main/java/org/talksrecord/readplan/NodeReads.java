package org.talksrecord.readplan;

import java.util.List;
import java.util.Map;

import org.talksrecord.common.BadUserInputException;
import org.talksrecord.common.GlobalId;
import org.talksrecord.common.NodeType;

/** The reads of records by global ID: one type's look-up, {@code node}, {@code nodes}, and links to any node. */
final class NodeReads {

    static final int MAX_IDS = 100;

    private NodeReads() {
    }

    /** {@code participant(id:)} and the like: null for an ID of another type, an error for a malformed one. */
    static FieldRead byId(NodeType type, ObjectPlan object) {
        return (render, entry, scope) -> {
            Long key = GlobalId.keyOf((String) render.arguments(entry).get("id"), type, "id");
            return key == null ? "null" : Lookup.byKey(render, Tables.of(type), object, render.param(key, "int8"));
        };
    }

    static FieldRead node(Map<NodeType, ObjectPlan> objects) {
        return (render, entry, scope) -> {
            GlobalId id = GlobalId.parse((String) render.arguments(entry).get("id"), "id");
            return Lookup.byKey(render, Tables.of(id.type()), objects.get(id.type()), render.param(id.key(), "int8"));
        };
    }

    /** {@code nodes(ids:)}: in the order asked, null where an ID names no record. */
    static FieldRead nodes(Map<NodeType, ObjectPlan> objects) {
        return (render, entry, scope) -> {
            List<?> ids = (List<?>) render.arguments(entry).get("ids");
            if (ids.size() > MAX_IDS) {
                throw new BadUserInputException("At most " + MAX_IDS + " IDs per request.", "ids");
            }
            String[] types = new String[ids.size()];
            Long[] keys = new Long[ids.size()];
            for (int i = 0; i < ids.size(); i++) {
                GlobalId id = GlobalId.parse((String) ids.get(i), "ids[" + i + "]");
                types[i] = id.type().name();
                keys[i] = id.key();
            }
            String asked = render.alias();
            return "(select coalesce(json_agg(" + Lookup.anyNode(render, objects, asked + ".type", asked + ".key")
                    + " order by " + asked + ".ord), '[]') from unnest(" + render.param(types, "text[]") + ", "
                    + render.param(keys, "int8[]") + ") with ordinality as " + asked + "(type, key, ord))";
        };
    }

    /** A link to the record a row names by record type and key (search hits, changes); null once deleted. */
    static FieldRead anyNode(String typeColumn, String keyColumn, Map<NodeType, ObjectPlan> objects) {
        return (render, entry, scope) -> Lookup.anyNode(render, objects, scope.row() + "." + typeColumn,
                scope.row() + "." + keyColumn);
    }
}
