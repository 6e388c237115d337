package org.talksrecord.readplan;

/**
 * How rows of a list belong to a parent: the condition on a listed row given the parent's key as an SQL
 * expression. Declared once, a relation serves the link field (the parent's key is its row's ID) and the filter
 * on the same relation (the key is a parameter).
 */
@FunctionalInterface
interface Relation {

    String condition(Render render, String row, String parentKey);

    /** Rows whose {@code column} holds the parent's key. */
    static Relation column(String column) {
        return (render, row, parentKey) -> row + "." + column + " = " + parentKey;
    }

    /** Rows that a link table ties to the parent: {@code table.rowColumn = row.id}, {@code parentColumns} = key. */
    static Relation linked(String table, String rowColumn, String... parentColumns) {
        return (render, row, parentKey) -> {
            String link = render.alias();
            StringBuilder any = new StringBuilder();
            for (String parentColumn : parentColumns) {
                any.append(any.isEmpty() ? "" : " or ").append(link).append('.').append(parentColumn).append(" = ")
                        .append(parentKey);
            }
            return "exists (select 1 from " + table + " " + link + " where " + link + "." + rowColumn + " = " + row
                    + ".id and (" + any + "))";
        };
    }

    default Relation or(Relation other) {
        return (render, row, parentKey) -> "(" + condition(render, row, parentKey) + " or "
                + other.condition(render, row, parentKey) + ")";
    }
}
