package org.talksrecord.readplan;

/** The SQL expression that reads one compiled field's JSON value in its parent's scope. */
@FunctionalInterface
interface FieldRead {

    String render(Render render, Entry entry, Scope scope);
}
