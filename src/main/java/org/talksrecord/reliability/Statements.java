package org.talksrecord.reliability;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.arc.ClientProxy;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.impl.ContextInternal;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;

/**
 * Runs single statements (the read plans, look-ahead reads, the service's own bookkeeping) within a time budget:
 * the current request's, else one of their own. When the budget passes, the answer is a {@code TIMEOUT} at once
 * and the statement is cancelled in PostgreSQL; during an outage the answer is {@code SERVICE_UNAVAILABLE} without
 * trying. Failures a client can be told about arrive as {@link Failures} describes them.
 */
@ApplicationScoped
public class Statements {

    private final Vertx vertx;
    private final Pool pool;
    private final DatabaseAvailability availability;
    private final Duration requestTimeout;

    public Statements(Vertx vertx, Pool pool, DatabaseAvailability availability,
            @ConfigProperty(name = "talks.request-timeout") Duration requestTimeout) {
        this.vertx = vertx;
        this.pool = pool;
        this.availability = availability;
        this.requestTimeout = requestTimeout;
    }

    public Future<RowSet<Row>> run(String sql, Tuple params) {
        RequestBudget request = RequestBudget.current();
        return run(sql, params, request != null ? request : RequestBudget.start(vertx, requestTimeout),
                request == null);
    }

    /** Runs within a budget of {@code length} of its own, whatever request the caller serves. */
    public Future<RowSet<Row>> run(String sql, Tuple params, Duration length) {
        return run(sql, params, RequestBudget.start(vertx, length), true);
    }

    /** Runs within {@code budget}, a request's. */
    Future<RowSet<Row>> run(String sql, Tuple params, RequestBudget budget) {
        return run(sql, params, budget, false);
    }

    private Future<RowSet<Row>> run(String sql, Tuple params, RequestBudget budget, boolean ownBudget) {
        Context caller = Vertx.currentContext();
        // answers on the caller's context, where its request's budget and state are
        Promise<RowSet<Row>> result = caller instanceof ContextInternal context ? context.promise() : Promise.promise();
        budget.onExpiry(() -> result.tryFail(new RequestTimeoutException(budget.length())));
        guarded().connection(budget)
                .compose(connection -> execute(connection, sql, params))
                .onComplete(done -> {
                    if (ownBudget) {
                        budget.close();
                    }
                    if (done.succeeded()) {
                        availability.succeeded();
                        result.tryComplete(done.result());
                    } else {
                        availability.observe(done.cause());
                        Throwable coded = Failures.of(done.cause());
                        result.tryFail(coded != null ? coded : done.cause());
                    }
                });
        return result.future();
    }

    private static Future<RowSet<Row>> execute(SqlConnection connection, String sql, Tuple params) {
        return connection.preparedQuery(sql).execute(params)
                .transform(done -> connection.close().transform(closed -> done.succeeded()
                        ? Future.succeededFuture(done.result())
                        : Future.failedFuture(done.cause())));
    }

    private GuardedPool guarded() {
        return (GuardedPool) ClientProxy.unwrap(pool.getDelegate());
    }
}
