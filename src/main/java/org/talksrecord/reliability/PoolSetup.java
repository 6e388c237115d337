package org.talksrecord.reliability;

import java.time.Duration;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.reactive.pg.client.PgPoolCreator;
import io.vertx.core.impl.CloseFuture;
import io.vertx.core.impl.VertxInternal;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.spi.PgDriver;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;

/**
 * Creates the reactive pool Quarkus configured, with these changes:
 * <ul>
 * <li>no acquisition timer: the pool's own timer outlives a failed acquisition and then fails an already completed
 * result ("Result is already complete", once per request during an outage); the request budget bounds the wait;</li>
 * <li>a bounded wait queue, so that overload is refused at once instead of queued;</li>
 * <li>a connect timeout, and a server-side {@code statement_timeout} a second beyond the request budget on every
 * connection, so that a statement whose cancel request got lost still ends;</li>
 * <li>{@code client_min_messages=warning}: PostgreSQL keeps its notices, such as the one for a search text without a
 * word, which Vert.x would log at WARN for every such request, so any client could fill the log;</li>
 * <li>prepared statements cached up to {@link #PREPARED_SQL_LIMIT} characters: Vert.x caches only statements under
 * 2,048 by default, and a compiled read such as {@code search} is longer, so it would be parsed and planned again on
 * every request;</li>
 * <li>the {@link GuardedPool} around it.</li>
 * </ul>
 */
@ApplicationScoped
public class PoolSetup implements PgPoolCreator {

    static final int PREPARED_SQL_LIMIT = 16 * 1024;
    private static final Duration BACKSTOP_MARGIN = Duration.ofSeconds(1);

    private final DatabaseAvailability availability;
    private final Duration requestTimeout;
    private final int maxWaitQueue;
    private final Duration connectTimeout;

    public PoolSetup(DatabaseAvailability availability,
            @ConfigProperty(name = "talks.request-timeout") Duration requestTimeout,
            @ConfigProperty(name = "talks.pool.max-wait-queue") int maxWaitQueue,
            @ConfigProperty(name = "talks.database.connect-timeout") Duration connectTimeout) {
        this.availability = availability;
        this.requestTimeout = requestTimeout;
        this.maxWaitQueue = maxWaitQueue;
        this.connectTimeout = connectTimeout;
    }

    @Override
    public Pool create(Input input) {
        PoolOptions options = new PoolOptions(input.poolOptions()).setConnectionTimeout(0)
                .setMaxWaitQueueSize(maxWaitQueue);
        List<PgConnectOptions> databases = input.pgConnectOptionsList().stream().map(this::connectOptions).toList();
        Pool pool = PgDriver.INSTANCE.createPool(input.vertx(), databases, options);
        CloseFuture closeFuture = new CloseFuture();
        closeFuture.add(completion -> pool.close().onComplete(completion));
        return new GuardedPool((VertxInternal) input.vertx(), closeFuture, pool, availability);
    }

    PgConnectOptions connectOptions(PgConnectOptions configured) {
        PgConnectOptions options = new PgConnectOptions(configured).setConnectTimeout((int) connectTimeout.toMillis())
                .addProperty("statement_timeout", Long.toString(requestTimeout.plus(BACKSTOP_MARGIN).toMillis()))
                .addProperty("client_min_messages", "warning");
        options.setPreparedStatementCacheSqlLimit(PREPARED_SQL_LIMIT);
        return options;
    }
}
