package org.talksrecord.common;

/**
 * What a paged list reads: its name (for cursors), the {@code from} clause with the alias of the listed
 * table, the selected columns and the ID column used as final tie-breaker.
 */
public record ListSpec(String name, String from, String columns, String idColumn) {
}
