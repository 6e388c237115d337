package org.talksrecord.readplan;

import java.util.ArrayList;
import java.util.List;

/** An unpaged list through a link table (mentions, mediators), in the link's position order. */
record LinkedRowsRead(Table target, String linkTable, String ownerColumn, String targetColumn, ObjectPlan object)
        implements
            FieldRead {

    @Override
    public String render(Render render, Entry entry, Scope scope) {
        String link = render.alias();
        String row = render.alias();
        List<String> joins = new ArrayList<>();
        String json = object.render(render, new Scope(row, joins));
        return "(select coalesce(json_agg(" + json + " order by " + link + ".position), '[]') from " + linkTable + " "
                + link + " join " + target.sqlName() + " " + row + " on " + row + ".id = " + link + "." + targetColumn
                + String.join("", joins) + " where " + link + "." + ownerColumn + " = " + scope.row() + ".id)";
    }
}
