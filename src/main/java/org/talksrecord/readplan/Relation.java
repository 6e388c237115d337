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

    /**
     * Rows that a link table ties to the parent: {@code table.rowColumn = row.id}, {@code parentColumns} = key. The
     * linked IDs are read first, one select per column so that each reads its own index, and the rows fetched by
     * ID: otherwise the planner may walk the list's order index and probe the link table for every row it passes,
     * nearly all of them for a participant with few links (measured on Q6: half the time per statement).
     */
    static Relation linked(String table, String rowColumn, String... parentColumns) {
        return new Linked(table, rowColumn, parentColumns);
    }

    /** Whether the rows are fetched by the IDs of their links, so that every linked row is read to order a page. */
    default boolean fetchesByIds() {
        return false;
    }

    record Linked(String table, String rowColumn, String... parentColumns) implements Relation {

        @Override
        public String condition(Render render, String row, String parentKey) {
            StringBuilder keys = new StringBuilder();
            for (String parentColumn : parentColumns) {
                String link = render.alias();
                keys.append(keys.isEmpty() ? "" : " union all ").append("select ").append(link).append('.')
                        .append(rowColumn).append(" from ").append(table).append(' ').append(link).append(" where ")
                        .append(link).append('.').append(parentColumn).append(" = ").append(parentKey);
            }
            return row + ".id = any(array(" + keys + "))";
        }

        @Override
        public boolean fetchesByIds() {
            return true;
        }
    }

    default Relation or(Relation other) {
        return (render, row, parentKey) -> "(" + condition(render, row, parentKey) + " or "
                + other.condition(render, row, parentKey) + ")";
    }
}
