package org.talksrecord.changes;

/** What a committed write did to a record; the values of {@code change_log.kind}. */
public enum ChangeKind {
    CREATED, UPDATED, DELETED
}
