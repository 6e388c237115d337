package org.talksrecord.changes;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.reactivestreams.Publisher;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;

import io.vertx.core.Context;
import io.vertx.core.Vertx;

/**
 * What one subscriber receives: payloads in log order, handed over on the subscriber's own context as fast as it
 * asks for them, with at most {@code capacity} waiting. A subscriber that lets more pile up is ended with
 * {@link SubscriberTooSlowException} instead of holding up the others. While a resumed {@code changes}
 * subscription reads the log after its cursor, its live payloads are held back and follow the catch-up.
 */
final class Feed implements Publisher<Object>, Subscription {

    private final Context context;
    private final int capacity;
    private final Consumer<Feed> leave;

    private Subscriber<? super Object> subscriber;
    // guarded by this; null while nothing waits, so that an idle subscriber holds no buffer
    private ArrayDeque<Object> waiting;
    private List<Object> heldBack;
    private long requested;
    private Throwable failure;
    private boolean terminated;
    private Runnable whenEmpty;
    // confined to the context
    private boolean draining;

    Feed(Context context, int capacity, Consumer<Feed> leave) {
        this.context = context;
        this.capacity = capacity;
        this.leave = leave;
    }

    @Override
    public void subscribe(Subscriber<? super Object> subscriber) {
        boolean first;
        synchronized (this) {
            first = this.subscriber == null;
            if (first) {
                this.subscriber = subscriber;
            }
        }
        subscriber.onSubscribe(this);
        if (!first) {
            subscriber.onError(new IllegalStateException("A feed has one subscriber"));
            return;
        }
        schedule();
    }

    @Override
    public void request(long n) {
        synchronized (this) {
            if (n <= 0) {
                failure = new IllegalArgumentException("Reactive Streams rule 3.9: request a positive number");
            } else {
                requested = requested + n < 0 ? Long.MAX_VALUE : requested + n;
            }
        }
        schedule();
    }

    @Override
    public void cancel() {
        synchronized (this) {
            if (terminated) {
                return;
            }
            terminated = true;
            waiting = null;
            heldBack = null;
            whenEmpty = null;
        }
        leave.accept(this);
    }

    /** Whether the subscription has ended (cancelled or failed): it takes no more payloads. */
    synchronized boolean ended() {
        return terminated || failure != null;
    }

    /** From now on live payloads wait until {@link #caughtUp()}. */
    synchronized void holdBackLive() {
        heldBack = new ArrayList<>();
    }

    /** Live payloads; ends the subscription when more would wait than the capacity. */
    void deliver(List<Object> payloads) {
        boolean overflow = false;
        synchronized (this) {
            if (ended() || payloads.isEmpty()) {
                return;
            }
            int queued = heldBack != null ? heldBack.size() : waitingCount();
            if (queued + payloads.size() > capacity) {
                overflow = true;
                end(new SubscriberTooSlowException(queued + payloads.size(), capacity));
            } else if (heldBack != null) {
                heldBack.addAll(payloads);
            } else {
                enqueue(payloads);
            }
        }
        if (overflow) {
            leave.accept(this);
        }
        schedule();
    }

    /** Payloads read from the log after the cursor; the catch-up reads its next page only once these are taken. */
    void caughtUpTo(List<Object> payloads) {
        synchronized (this) {
            if (!ended()) {
                enqueue(payloads);
            }
        }
        schedule();
    }

    /** Runs {@code next} once every waiting payload has been taken (never if the subscription ends first). */
    void whenEmpty(Runnable next) {
        synchronized (this) {
            if (ended()) {
                return;
            }
            whenEmpty = next;
        }
        schedule();
    }

    /** The catch-up is over: the live payloads held back follow it. */
    void caughtUp() {
        synchronized (this) {
            if (ended() || heldBack == null) {
                return;
            }
            enqueue(heldBack);
            heldBack = null;
        }
        schedule();
    }

    /** Ends the subscription with {@code failure} before any payload still waiting. */
    void fail(Throwable failure) {
        synchronized (this) {
            if (ended()) {
                return;
            }
            end(failure);
        }
        leave.accept(this);
        schedule();
    }

    // holds the lock
    private void enqueue(List<Object> payloads) {
        if (payloads.isEmpty()) {
            return;
        }
        if (waiting == null) {
            waiting = new ArrayDeque<>(payloads.size());
        }
        waiting.addAll(payloads);
    }

    // holds the lock
    private int waitingCount() {
        return waiting == null ? 0 : waiting.size();
    }

    // holds the lock
    private void end(Throwable cause) {
        failure = cause;
        waiting = null;
        heldBack = null;
        whenEmpty = null;
    }

    private void schedule() {
        if (draining && Vertx.currentContext() == context) {
            return;
        }
        context.runOnContext(ignored -> drain());
    }

    private void drain() {
        if (draining) {
            return;
        }
        draining = true;
        try {
            while (true) {
                Object next = null;
                Throwable error = null;
                Runnable empty = null;
                Subscriber<? super Object> to;
                synchronized (this) {
                    to = subscriber;
                    if (to == null || terminated) {
                        return;
                    }
                    if (failure != null) {
                        terminated = true;
                        error = failure;
                    } else if (waiting != null && requested > 0) {
                        next = waiting.poll();
                        requested--;
                        if (waiting.isEmpty()) {
                            // a buffer grown by a burst is not kept
                            waiting = null;
                        }
                    } else if (waiting == null && whenEmpty != null) {
                        empty = whenEmpty;
                        whenEmpty = null;
                    } else {
                        return;
                    }
                }
                if (error != null) {
                    to.onError(error);
                    return;
                }
                if (empty != null) {
                    empty.run();
                } else {
                    to.onNext(next);
                }
            }
        } finally {
            draining = false;
        }
    }
}
