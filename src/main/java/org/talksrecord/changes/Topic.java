package org.talksrecord.changes;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** What each subscription field takes from the log: the keys its payload read gets for a run of entries. */
enum Topic {

    /** Every entry, read by its position (the filter is the plan's). */
    CHANGES,
    /** Statements created. */
    STATEMENT_RECORDED,
    /** Exchanges created or updated; one payload per exchange per run of entries, read as it is now. */
    EXCHANGE_RECORDED;

    static Topic of(String field) {
        return switch (field) {
            case "changes" -> CHANGES;
            case "statementRecorded" -> STATEMENT_RECORDED;
            case "exchangeRecorded" -> EXCHANGE_RECORDED;
            default -> throw new IllegalArgumentException("No subscription " + field);
        };
    }

    /** The keys of {@code entries} this topic reads, in log order without repeats; empty when none concern it. */
    Long[] keys(List<LogEntry> entries) {
        Set<Long> keys = new LinkedHashSet<>();
        for (LogEntry entry : entries) {
            if (takes(entry)) {
                keys.add(this == CHANGES ? entry.position() : entry.recordKey());
            }
        }
        return keys.toArray(Long[]::new);
    }

    private boolean takes(LogEntry entry) {
        return switch (this) {
            case CHANGES -> true;
            case STATEMENT_RECORDED -> entry.recordType() == RecordType.STATEMENT && entry.kind() == ChangeKind.CREATED;
            case EXCHANGE_RECORDED -> entry.recordType() == RecordType.EXCHANGE && entry.kind() != ChangeKind.DELETED;
        };
    }
}
