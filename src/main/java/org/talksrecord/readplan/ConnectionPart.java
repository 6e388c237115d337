package org.talksrecord.readplan;

import java.util.List;

/**
 * One response key inside a connection: of the connection ({@code nodes}, {@code edges}, {@code pageInfo},
 * {@code totalCount}), of an edge ({@code cursor}, {@code node}) or of the page info; {@code __typename} anywhere.
 */
record ConnectionPart(Step step, Kind kind, String typeName, ObjectPlan node, List<ConnectionPart> parts) {

    enum Kind {
        TYPENAME, TOTAL_COUNT, NODES, EDGES, PAGE_INFO, CURSOR, NODE, HAS_NEXT_PAGE, HAS_PREVIOUS_PAGE, START_CURSOR, END_CURSOR
    }

    /** Whether this part needs the page's cursors or the row after it, beyond the page's nodes. */
    boolean needsPageRows() {
        return kind == Kind.EDGES || kind == Kind.PAGE_INFO && parts.stream().anyMatch(ConnectionPart::needsPageRows)
                || kind == Kind.HAS_NEXT_PAGE || kind == Kind.START_CURSOR || kind == Kind.END_CURSOR;
    }
}
