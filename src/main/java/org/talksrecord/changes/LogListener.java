package org.talksrecord.changes;

import org.jboss.logging.Logger;

import io.vertx.core.Vertx;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.pubsub.PgSubscriber;

/**
 * The instance's one {@code LISTEN} connection to the change log's channel. Calls {@code wake} for every
 * notification and every time it starts listening, also after the connection was lost (a database restart, a
 * killed backend): then the hub catches up from the log, so nothing committed meanwhile is missed.
 */
final class LogListener {

    private static final Logger LOG = Logger.getLogger(LogListener.class);
    private static final long LONGEST_WAIT_MILLIS = 5_000;

    private final Vertx vertx;
    private final PgSubscriber subscriber;
    private final Runnable wake;
    private volatile boolean stopped;
    private boolean listenedBefore;

    LogListener(Vertx vertx, PgConnectOptions options, Runnable wake) {
        this.vertx = vertx;
        this.wake = wake;
        this.subscriber = PgSubscriber.subscriber(vertx, new PgConnectOptions(options).setTcpKeepAlive(true))
                .reconnectPolicy(LogListener::delayBeforeAttempt);
        subscriber.channel(ChangeLog.CHANNEL)
                .subscribeHandler(ignored -> listening())
                .handler(ignored -> wake.run());
    }

    void start() {
        connect(0);
    }

    void stop() {
        stopped = true;
        subscriber.close();
    }

    private void connect(int attempt) {
        if (stopped) {
            return;
        }
        subscriber.connect().onFailure(failure -> {
            // PgSubscriber retries lost connections by itself, but not a first connection that fails
            LOG.warnf("Cannot listen for changes yet (%s); retrying", failure.getMessage());
            subscriber.close().onComplete(closed -> vertx.setTimer(delayBeforeAttempt(attempt),
                    timer -> connect(attempt + 1)));
        });
    }

    private synchronized void listening() {
        if (listenedBefore) {
            LOG.info("Listening for changes again; catching up from the change log");
        } else {
            LOG.debug("Listening for changes");
        }
        listenedBefore = true;
        wake.run();
    }

    /** 50 ms, doubling up to 5 s: a restarting database is back quickly, a lasting outage is not polled hard. */
    private static long delayBeforeAttempt(int attempt) {
        return Math.min(LONGEST_WAIT_MILLIS, 50L << Math.min(attempt, 10));
    }
}
