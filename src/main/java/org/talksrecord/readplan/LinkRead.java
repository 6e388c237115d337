package org.talksrecord.readplan;

/** A to-one link: a left join on the target's primary key in the parent's statement, no sub-select per row. */
record LinkRead(Table target, String foreignKey, ObjectPlan object) implements FieldRead {

    @Override
    public String render(Render render, Entry entry, Scope scope) {
        String row = render.alias();
        scope.joins().add(" left join " + target.sqlName() + " " + row + " on " + row + ".id = " + scope.row() + "."
                + foreignKey);
        return "case when " + row + ".id is null then null else " + object.render(render, new Scope(row,
                scope.joins())) + " end";
    }
}
