package org.talksrecord.reliability;

import java.time.Duration;

import org.hibernate.reactive.mutiny.Mutiny;
import org.talksrecord.common.ConflictException;

import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

/**
 * The mutation of the current request, sent with an {@code Idempotency-Key}: its key is claimed in the mutation's
 * own transaction ({@link #claimIn}), so that a committed write always holds its key and a rolled-back one never
 * does.
 */
public final class IdempotentWrite {

    private static final String LOCAL = IdempotentWrite.class.getName();
    private static final String CLAIM = "select claim_idempotency_key(?1, ?2, ?3, ?4)";

    private final String key;
    private final String hash;
    private final Duration retention;
    private final RequestBudget budget;
    private volatile boolean claimed;

    IdempotentWrite(String key, String hash, Duration retention, RequestBudget budget) {
        this.key = key;
        this.hash = hash;
        this.retention = retention;
        this.budget = budget;
    }

    RequestBudget budget() {
        return budget;
    }

    public String key() {
        return key;
    }

    String hash() {
        return hash;
    }

    /** Whether this request's transaction claimed the key (it holds it if that transaction committed). */
    boolean claimed() {
        return claimed;
    }

    /** Makes this the idempotent write of the mutation that runs on {@code context} (the request's). */
    public void attachTo(Context context) {
        context.putLocal(LOCAL, this);
    }

    /**
     * Claims the current request's key, if it has one, in the transaction of {@code session}; run it as the
     * transaction's last write before the change log. Refuses the write with {@code CONFLICT} when a committed
     * write already holds the key: the caller then answers with that write's answer.
     */
    public static Uni<Void> claimIn(Mutiny.Session session, String editor) {
        Context context = Vertx.currentContext();
        IdempotentWrite write = context == null ? null : context.getLocal(LOCAL);
        if (write == null || write.claimed) {
            return Uni.createFrom().voidItem();
        }
        return session.createNativeQuery(CLAIM, Boolean.class).setParameter(1, write.key)
                .setParameter(2, write.hash).setParameter(3, editor)
                .setParameter(4, (double) write.retention.toSeconds()).getSingleResult()
                .invoke(claimed -> {
                    if (!claimed) {
                        throw new ConflictException("Another request with this Idempotency-Key has been applied; "
                                + "nothing was written.", Idempotency.HEADER);
                    }
                    write.claimed = true;
                }).replaceWithVoid();
    }
}
