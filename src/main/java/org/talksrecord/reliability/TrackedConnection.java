package org.talksrecord.reliability;

import io.vertx.core.AsyncResult;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.pgclient.PgConnection;
import io.vertx.pgclient.PgNotice;
import io.vertx.pgclient.PgNotification;
import io.vertx.sqlclient.PrepareOptions;
import io.vertx.sqlclient.PreparedQuery;
import io.vertx.sqlclient.PreparedStatement;
import io.vertx.sqlclient.Query;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.Transaction;
import io.vertx.sqlclient.spi.DatabaseMetadata;

/**
 * A pooled connection held by a request: while it is held, the request's budget can cancel the statement running
 * on it. It is given back to the pool only after a cancel request sent for it has been delivered, so that the
 * cancel cannot reach a statement of the next holder.
 */
final class TrackedConnection implements PgConnection {

    private final PgConnection connection;
    private final RequestBudget budget;
    private Future<Void> cancelled;

    TrackedConnection(PgConnection connection, RequestBudget budget) {
        this.connection = connection;
        this.budget = budget;
    }

    /** Asks PostgreSQL to cancel what runs on this connection; nothing happens when it is idle. */
    synchronized void cancelRunningStatement() {
        if (cancelled == null) {
            cancelled = connection.cancelRequest().recover(failure -> Future.succeededFuture());
        }
    }

    private synchronized Future<Void> cancelDelivered() {
        return cancelled == null ? Future.succeededFuture() : cancelled;
    }

    @Override
    public Future<Void> close() {
        budget.untrack(this);
        return cancelDelivered().compose(delivered -> connection.close());
    }

    @Override
    public void close(Handler<AsyncResult<Void>> handler) {
        Future<Void> closed = close();
        if (handler != null) {
            closed.onComplete(handler);
        }
    }

    @Override
    public PgConnection notificationHandler(Handler<PgNotification> handler) {
        connection.notificationHandler(handler);
        return this;
    }

    @Override
    public PgConnection noticeHandler(Handler<PgNotice> handler) {
        connection.noticeHandler(handler);
        return this;
    }

    @Override
    public PgConnection cancelRequest(Handler<AsyncResult<Void>> handler) {
        connection.cancelRequest(handler);
        return this;
    }

    @Override
    public Future<Void> cancelRequest() {
        return connection.cancelRequest();
    }

    @Override
    public int processId() {
        return connection.processId();
    }

    @Override
    public int secretKey() {
        return connection.secretKey();
    }

    @Override
    public PgConnection prepare(String sql, Handler<AsyncResult<PreparedStatement>> handler) {
        connection.prepare(sql, handler);
        return this;
    }

    @Override
    public Future<PreparedStatement> prepare(String sql) {
        return connection.prepare(sql);
    }

    @Override
    public PgConnection prepare(String sql, PrepareOptions options, Handler<AsyncResult<PreparedStatement>> handler) {
        connection.prepare(sql, options, handler);
        return this;
    }

    @Override
    public Future<PreparedStatement> prepare(String sql, PrepareOptions options) {
        return connection.prepare(sql, options);
    }

    @Override
    public PgConnection exceptionHandler(Handler<Throwable> handler) {
        connection.exceptionHandler(handler);
        return this;
    }

    @Override
    public PgConnection closeHandler(Handler<Void> handler) {
        connection.closeHandler(handler);
        return this;
    }

    @Override
    public void begin(Handler<AsyncResult<Transaction>> handler) {
        connection.begin(handler);
    }

    @Override
    public Future<Transaction> begin() {
        return connection.begin();
    }

    @Override
    public Transaction transaction() {
        return connection.transaction();
    }

    @Override
    public boolean isSSL() {
        return connection.isSSL();
    }

    @Override
    public DatabaseMetadata databaseMetadata() {
        return connection.databaseMetadata();
    }

    @Override
    public Query<RowSet<Row>> query(String sql) {
        return connection.query(sql);
    }

    @Override
    public PreparedQuery<RowSet<Row>> preparedQuery(String sql) {
        return connection.preparedQuery(sql);
    }

    @Override
    public PreparedQuery<RowSet<Row>> preparedQuery(String sql, PrepareOptions options) {
        return connection.preparedQuery(sql, options);
    }
}
