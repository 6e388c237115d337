package org.talksrecord.reliability;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.vertx.core.Context;
import io.vertx.core.Vertx;

/**
 * The time one request may take. Its statements run while it lasts; when it passes, every statement still running
 * on a connection the request holds is cancelled in PostgreSQL, and waiting for a connection ends. A request's
 * budget travels with its Vert.x context, so that statements of SmallRye's execution (mutations, read-backs) find
 * it; a statement run outside a request gets a budget of its own.
 */
public final class RequestBudget {

    private static final String KEY = RequestBudget.class.getName();

    private final Vertx vertx;
    private final Duration length;
    private final long deadline;
    private final Set<TrackedConnection> connections = new HashSet<>();
    private final List<Runnable> expiryListeners = new ArrayList<>();
    private final long timer;
    private boolean expired;
    private boolean closed;

    private RequestBudget(Vertx vertx, Duration length) {
        this.vertx = vertx;
        this.length = length;
        this.deadline = System.nanoTime() + length.toNanos();
        this.timer = vertx.setTimer(Math.max(1, length.toMillis()), id -> expire());
    }

    public static RequestBudget start(Vertx vertx, Duration length) {
        return new RequestBudget(vertx, length);
    }

    /** The budget of the request whose context the caller runs on, or null outside a request. */
    public static RequestBudget current() {
        Context context = Vertx.currentContext();
        return context == null ? null : context.getLocal(KEY);
    }

    /** Makes this the budget of everything that runs on {@code context} (the request's duplicated context). */
    public RequestBudget attachTo(Context context) {
        context.putLocal(KEY, this);
        return this;
    }

    public Duration length() {
        return length;
    }

    public long remainingMillis() {
        return Math.max(0, (deadline - System.nanoTime()) / 1_000_000);
    }

    public synchronized boolean expired() {
        return expired;
    }

    /** Runs {@code listener} when the budget passes (at once if it has). */
    public void onExpiry(Runnable listener) {
        synchronized (this) {
            if (!expired) {
                if (!closed) {
                    expiryListeners.add(listener);
                }
                return;
            }
        }
        listener.run();
    }

    /** A connection the request now holds; false when the budget has passed, so it must be given back at once. */
    synchronized boolean track(TrackedConnection connection) {
        if (expired) {
            return false;
        }
        connections.add(connection);
        return true;
    }

    synchronized void untrack(TrackedConnection connection) {
        connections.remove(connection);
    }

    /** The request has ended: nothing is cancelled any more. */
    public void close() {
        synchronized (this) {
            closed = true;
            expiryListeners.clear();
        }
        vertx.cancelTimer(timer);
    }

    private void expire() {
        List<TrackedConnection> running;
        List<Runnable> listeners;
        synchronized (this) {
            if (closed || expired) {
                return;
            }
            expired = true;
            running = new ArrayList<>(connections);
            listeners = new ArrayList<>(expiryListeners);
            expiryListeners.clear();
        }
        running.forEach(TrackedConnection::cancelRunningStatement);
        listeners.forEach(Runnable::run);
    }
}
