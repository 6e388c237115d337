package floor;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.reactive.pg.client.PgPoolCreator;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.spi.PgDriver;
import io.vertx.sqlclient.Pool;

/** As the service's pool does: cache prepared statements longer than Vert.x' 2,048 characters, as Q2's is. */
@ApplicationScoped
public class CachingPoolCreator implements PgPoolCreator {

    @Override
    public Pool create(Input input) {
        return PgDriver.INSTANCE.createPool(input.vertx(), input.pgConnectOptionsList().stream()
                .map(options -> new PgConnectOptions(options).setPreparedStatementCacheSqlLimit(16 * 1024)).toList(),
                input.poolOptions());
    }
}
