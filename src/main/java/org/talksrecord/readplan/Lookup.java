package org.talksrecord.readplan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.talksrecord.common.NodeType;

/** Reads one record by key as a sub-select, the way look-ups by ID and links to any node type do. */
final class Lookup {

    private Lookup() {
    }

    static String byKey(Render render, Table table, ObjectPlan object, String key) {
        String row = render.alias();
        List<String> joins = new ArrayList<>();
        String json = object.render(render, new Scope(row, joins));
        return "(select " + json + " from " + table.sqlName() + " " + row + String.join("", joins) + " where " + row
                + ".id = " + key + ")";
    }

    /** The record of whichever node type {@code recordType} (e.g. {@code PARTICIPANT}) names. */
    static String anyNode(Render render, Map<NodeType, ObjectPlan> objects, String recordType, String key) {
        StringBuilder sql = new StringBuilder("case ").append(recordType);
        objects.forEach((type, object) -> sql.append(" when '").append(type.name()).append("' then ")
                .append(byKey(render, Tables.of(type), object, key)));
        return sql.append(" end").toString();
    }
}
