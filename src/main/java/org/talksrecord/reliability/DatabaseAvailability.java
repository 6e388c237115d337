package org.talksrecord.reliability;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.vertx.core.Future;
import io.vertx.core.Vertx;

/**
 * Whether the database can be reached. The first failure to connect (or a connection lost) starts an outage: it is
 * logged once, requests are answered {@code SERVICE_UNAVAILABLE} without trying the database, and a probe tries it
 * every {@value #PROBE_INTERVAL_MS} ms; the first successful probe ends the outage, logged once too.
 */
@ApplicationScoped
public class DatabaseAvailability {

    static final long PROBE_INTERVAL_MS = 250;
    private static final Logger LOG = Logger.getLogger(DatabaseAvailability.class);

    private final Vertx vertx;
    private final AtomicBoolean down = new AtomicBoolean();
    private final AtomicBoolean probing = new AtomicBoolean();
    private final AtomicLong refused = new AtomicLong();
    private volatile Supplier<Future<?>> probe;
    private volatile long downSince;
    private volatile long lastSuccess = System.nanoTime() - TimeUnit.HOURS.toNanos(1);
    private volatile long probeTimer = -1;

    public DatabaseAvailability(Vertx vertx) {
        this.vertx = vertx;
    }

    /** How the probe reaches the database, around the checks this class makes. */
    void probeWith(Supplier<Future<?>> probe) {
        this.probe = probe;
    }

    public boolean down() {
        return down.get();
    }

    /** A statement has just succeeded. */
    void succeeded() {
        lastSuccess = System.nanoTime();
    }

    /** Whether a statement succeeded within the last {@code millis} and no outage began since. */
    boolean answeredWithin(long millis) {
        return !down.get() && System.nanoTime() - lastSuccess < millis * 1_000_000;
    }

    /** Refuses the caller with {@code SERVICE_UNAVAILABLE} during an outage. */
    public void requireReachable() {
        if (down.get()) {
            refused.incrementAndGet();
            throw ServiceUnavailableException.databaseUnreachable();
        }
    }

    /** Starts an outage when {@code failure} says that the database cannot be reached. */
    public void observe(Throwable failure) {
        if (Failures.unreachable(failure) && down.compareAndSet(false, true)) {
            downSince = System.nanoTime();
            refused.set(0);
            LOG.warnf("The database cannot be reached (%s): requests are answered SERVICE_UNAVAILABLE until it is "
                    + "back.", Failures.describe(failure));
            probeTimer = vertx.setPeriodic(PROBE_INTERVAL_MS, id -> probe());
        }
    }

    private void probe() {
        Supplier<Future<?>> reach = probe;
        if (reach == null || !probing.compareAndSet(false, true)) {
            return;
        }
        reach.get().onComplete(result -> {
            probing.set(false);
            if (result.succeeded()) {
                succeeded();
            }
            if (result.succeeded() && down.compareAndSet(true, false)) {
                vertx.cancelTimer(probeTimer);
                LOG.infof("The database is reachable again after %.1f s; %d requests were answered "
                        + "SERVICE_UNAVAILABLE meanwhile.", (System.nanoTime() - downSince) / 1e9, refused.get());
            }
        });
    }
}
