package org.talksrecord.readplan;

import java.util.function.UnaryOperator;

/** How one GraphQL field is read from SQL rows; {@link Tables} declares one for every field of the read schema. */
sealed interface FieldSpec {

    /** A value: an SQL expression over the row (its alias given) that PostgreSQL turns into the field's JSON. */
    record Value(UnaryOperator<String> expression) implements FieldSpec {
    }

    /** A to-one link: the row of {@code type} whose ID is the row's {@code foreignKey}. */
    record ToOne(String type, String foreignKey) implements FieldSpec {
    }

    /** An unpaged list: the rows of {@code type} in the relation to this row, in {@code order}. */
    record Rows(String type, Relation relation, UnaryOperator<String> order) implements FieldSpec {
    }

    /** An unpaged list through a link table, in the link's {@code position} order. */
    record LinkedRows(String type, String linkTable, String ownerColumn, String targetColumn) implements FieldSpec {
    }

    /** A connection: one page of {@code list}'s rows in the relation to this row (none at the root). */
    record Connection(ListDef list, Relation relation, String tag) implements FieldSpec {
    }

    /** A link to a record of any node type, named by a record type column and a key column. */
    record AnyNode(String typeColumn, String keyColumn) implements FieldSpec {
    }

    /** The root look-up of one type by global ID. */
    record ById(String type) implements FieldSpec {
    }

    /** {@code node(id:)}. */
    record NodeById() implements FieldSpec {
    }

    /** {@code nodes(ids:)}. */
    record NodesByIds() implements FieldSpec {
    }

    /** {@code search(text:, first:)}. */
    record Search() implements FieldSpec {
    }

    /** {@code exchangeTotals(filter:)}: sums over the exchanges the filter of {@code exchanges} selects. */
    record Totals(ListDef exchanges) implements FieldSpec {
    }
}
