package org.talksrecord.reliability;

import io.vertx.core.AsyncResult;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.impl.CloseFuture;
import io.vertx.core.impl.ContextInternal;
import io.vertx.core.impl.VertxInternal;
import io.vertx.pgclient.PgConnection;
import io.vertx.pgclient.PgPool;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.impl.PoolBase;

/**
 * The application's connection pool: every connection handed out (to the read plans, and to Hibernate Reactive for
 * mutations) is refused during a database outage, and one taken for a request is held under the request's
 * budget, which cancels its running statement when the budget passes.
 */
public final class GuardedPool extends PoolBase<GuardedPool> implements PgPool {

    private final Pool pool;
    private final DatabaseAvailability availability;

    GuardedPool(VertxInternal vertx, CloseFuture closeFuture, Pool pool, DatabaseAvailability availability) {
        super(vertx, closeFuture, pool);
        this.pool = pool;
        this.availability = availability;
        availability.probeWith(() -> pool.query("select 1").execute());
    }

    @Override
    public Future<SqlConnection> getConnection() {
        return connection(RequestBudget.current());
    }

    @Override
    public void getConnection(Handler<AsyncResult<SqlConnection>> handler) {
        getConnection().onComplete(handler);
    }

    /**
     * A connection held under {@code budget} (none: held until given back). When the budget passes first, the
     * wait ends with {@code TIMEOUT} and the connection, once it comes, goes back at once.
     */
    Future<SqlConnection> connection(RequestBudget budget) {
        try {
            availability.requireReachable();
        } catch (ServiceUnavailableException e) {
            return Future.failedFuture(e);
        }
        if (budget == null) {
            return pool.getConnection().transform(acquired -> {
                if (acquired.failed()) {
                    availability.observe(acquired.cause());
                    return Future.failedFuture(acquired.cause());
                }
                return Future.succeededFuture(quiet(acquired.result()));
            });
        }
        if (budget.expired()) {
            return Future.failedFuture(new RequestTimeoutException(budget.length()));
        }
        Context caller = Vertx.currentContext();
        Promise<SqlConnection> result = caller instanceof ContextInternal context
                ? context.promise()
                : Promise.promise();
        budget.onExpiry(() -> result.tryFail(new RequestTimeoutException(budget.length())));
        pool.getConnection().onComplete(acquired -> {
            if (acquired.failed()) {
                availability.observe(acquired.cause());
                result.tryFail(acquired.cause());
                return;
            }
            SqlConnection connection = quiet(acquired.result());
            TrackedConnection tracked = new TrackedConnection((PgConnection) connection, budget);
            if (!budget.track(tracked)) {
                connection.close();
                result.tryFail(new RequestTimeoutException(budget.length()));
            } else if (!result.tryComplete(tracked)) {
                tracked.close();
            }
        });
        return result.future();
    }

    /** A broken connection also fails the statement running on it: nothing more to report (no stack trace). */
    private static SqlConnection quiet(SqlConnection connection) {
        return connection.exceptionHandler(failure -> {
        });
    }
}
