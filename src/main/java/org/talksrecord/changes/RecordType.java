package org.talksrecord.changes;

import org.eclipse.microprofile.graphql.Enum;

/** The kinds of record the change log names; the values of {@code change_log.record_type}. */
@Enum("RecordType")
public enum RecordType {
    PARTICIPANT, NEGOTIATION, AGREEMENT, EXCHANGE, STATEMENT
}
