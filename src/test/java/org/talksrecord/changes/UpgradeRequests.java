package org.talksrecord.changes;

import java.lang.ref.WeakReference;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/** Notes, weakly, the routing context of the latest WebSocket upgrade of the GraphQL path, and lets it go on. */
@ApplicationScoped
public class UpgradeRequests {

    private static final AtomicReference<WeakReference<RoutingContext>> LATEST = new AtomicReference<>();

    @ConfigProperty(name = "quarkus.smallrye-graphql.root-path")
    String path;

    void install(@Observes Router router) {
        router.route(path).order(-101).handler(context -> {
            if (context.request().headers().contains(HttpHeaders.UPGRADE, HttpHeaders.WEBSOCKET, true)) {
                LATEST.set(new WeakReference<>(context));
            }
            context.next();
        });
    }

    static void forget() {
        LATEST.set(null);
    }

    static WeakReference<RoutingContext> latest() {
        return LATEST.get();
    }
}
