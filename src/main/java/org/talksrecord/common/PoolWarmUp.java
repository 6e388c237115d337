package org.talksrecord.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;
import io.vertx.mutiny.sqlclient.Pool;

/**
 * Opens one database connection while the service finishes starting, so that the first request after a start
 * (a scale-up from zero included) does not also wait for the connection and its authentication.
 */
@ApplicationScoped
public class PoolWarmUp {

    private static final Logger LOG = Logger.getLogger(PoolWarmUp.class);

    void onStart(@Observes StartupEvent event, Pool pool) {
        pool.getConnection().subscribe().with(
                connection -> connection.closeAndForget(),
                failure -> LOG.debugf("no database connection at start, the first request opens one: %s",
                        failure.getMessage()));
    }
}
