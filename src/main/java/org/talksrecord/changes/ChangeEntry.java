package org.talksrecord.changes;

import org.talksrecord.common.NodeType;

/** One entry a write appends to the change log: which record, by its database key, and what happened to it. */
public record ChangeEntry(NodeType recordType, long recordKey, ChangeKind kind) {
}
