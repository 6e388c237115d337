package org.talksrecord.readplan;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** An unpaged list: the related rows aggregated into a JSON array in their order. */
record RowsRead(Table target, Relation relation, UnaryOperator<String> order, ObjectPlan object) implements FieldRead {

    @Override
    public String render(Render render, Entry entry, Scope scope) {
        String row = render.alias();
        List<String> joins = new ArrayList<>();
        String json = object.render(render, new Scope(row, joins));
        return "(select coalesce(json_agg(" + json + " order by " + order.apply(row) + "), '[]') from "
                + target.sqlName() + " " + row + String.join("", joins) + " where "
                + relation.condition(render, row, scope.row() + ".id") + ")";
    }
}
