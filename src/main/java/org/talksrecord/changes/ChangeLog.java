package org.talksrecord.changes;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.talksrecord.common.Editor;
import org.talksrecord.common.NodeType;
import org.talksrecord.reliability.IdempotentWrite;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * Appends the entries of a mutation to the change log in the mutation's own transaction, as its last step, so
 * a rolled-back write leaves none and positions follow commit order (README, "Versions and the change log").
 */
@ApplicationScoped
public class ChangeLog {

    /** Notified at the commit of every transaction that appended entries; the payload is its last position. */
    public static final String CHANNEL = "talks_changes";
    /**
     * The append, for any client: record types, record keys and kinds as three arrays of equal length, and the
     * editor; answers the last position. Run it last in the writing transaction.
     */
    public static final String APPEND = "select append_changes($1, $2, $3, $4)";
    // Hibernate's native queries number their parameters ?1, ?2, ...
    private static final String APPEND_IN_SESSION = APPEND.replace('$', '?');

    private final Editor editor;

    public ChangeLog(Editor editor) {
        this.editor = editor;
    }

    public Uni<Void> append(NodeType recordType, long recordKey, ChangeKind kind) {
        return append(List.of(new ChangeEntry(recordType, recordKey, kind)));
    }

    /** A deletion after the updates of the records it unlinked, in the order they happened. */
    public Uni<Void> deleted(NodeType recordType, long recordKey, List<ChangeEntry> unlinked) {
        List<ChangeEntry> entries = new ArrayList<>(unlinked);
        entries.add(new ChangeEntry(recordType, recordKey, ChangeKind.DELETED));
        return append(entries);
    }

    /**
     * Flushes the session's pending changes first, so that nothing is written after the entries; claims the
     * request's Idempotency-Key, if any, in the same transaction.
     */
    public Uni<Void> append(List<ChangeEntry> entries) {
        String[] types = entries.stream().map(entry -> entry.recordType().name()).toArray(String[]::new);
        Long[] keys = entries.stream().map(ChangeEntry::recordKey).toArray(Long[]::new);
        String[] kinds = entries.stream().map(entry -> entry.kind().name()).toArray(String[]::new);
        return editor.subject().chain(by -> Panache.getSession().chain(session -> session.flush()
                .chain(() -> IdempotentWrite.claimIn(session, by))
                .chain(() -> session.createNativeQuery(APPEND_IN_SESSION, Long.class)
                        .setParameter(1, types).setParameter(2, keys).setParameter(3, kinds).setParameter(4, by)
                        .getSingleResult())))
                .replaceWithVoid();
    }
}
