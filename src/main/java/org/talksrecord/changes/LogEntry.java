package org.talksrecord.changes;

/** One row of the change log as the hub reads it: where it stands in commit order and what it names. */
record LogEntry(long position, RecordType recordType, long recordKey, ChangeKind kind) {
}
