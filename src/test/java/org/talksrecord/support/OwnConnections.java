package org.talksrecord.support;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.pgclient.PgConnection;
import io.vertx.pgclient.PgConnectOptions;

/** Database connections of a test's own, outside the service's pool, which the service's requests may fill. */
@ApplicationScoped
public class OwnConnections {

    private final Vertx vertx;
    private final PgConnectOptions options;

    OwnConnections(Vertx vertx, @ConfigProperty(name = "quarkus.datasource.reactive.url") String url,
            @ConfigProperty(name = "quarkus.datasource.username") String username,
            @ConfigProperty(name = "quarkus.datasource.password") String password) {
        this.vertx = vertx;
        this.options = PgConnectOptions.fromUri(url).setUser(username).setPassword(password);
    }

    public PgConnection open() {
        return PgConnection.connect(vertx, options).await().indefinitely();
    }
}
