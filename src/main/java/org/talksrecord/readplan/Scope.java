package org.talksrecord.readplan;

import java.util.List;

/**
 * The row an object is read from (its SQL alias) and the joins of the statement that reads it, to which
 * to-one links add theirs; the root has neither.
 */
record Scope(String row, List<String> joins) {

    static final Scope ROOT = new Scope(null, null);
}
