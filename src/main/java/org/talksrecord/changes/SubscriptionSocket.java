package org.talksrecord.changes;

import java.lang.reflect.Method;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.talksrecord.endpoint.PersistedDocuments;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.annotations.RegisterForReflection;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.smallrye.graphql.runtime.SmallRyeGraphQLAbstractHandler;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.quarkus.vertx.http.runtime.filters.QuarkusRequestWrapper;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.ServerWebSocket;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Takes the WebSocket upgrades of the GraphQL path before SmallRye's own endpoint does, and speaks
 * {@code graphql-transport-ws} on them with this service's limits ({@link TransportSocket}). A socket that asks
 * for another subprotocol is closed with 4406, as graphql-ws servers do.
 */
@ApplicationScoped
@RegisterForReflection(targets = QuarkusRequestWrapper.class, methods = true, fields = false)
public class SubscriptionSocket {

    static final String SUBPROTOCOL = "graphql-transport-ws";
    private static final Logger LOG = Logger.getLogger(SubscriptionSocket.class);

    private static final Method REQUEST_DONE = requestDone();

    private final String path;
    private final Upgrade upgrade;
    private final Set<ServerWebSocket> open = ConcurrentHashMap.newKeySet();

    public SubscriptionSocket(CurrentIdentityAssociation identity, CurrentVertxRequest request,
            @ConfigProperty(name = "quarkus.smallrye-graphql.root-path") String path,
            @ConfigProperty(name = "talks.subscriptions.max-per-connection") int maxPerConnection,
            @ConfigProperty(name = "talks.subscriptions.connection-init-timeout") Duration initTimeout,
            PersistedDocuments documents) {
        this.path = path;
        this.upgrade = new Upgrade(identity, request,
                new TransportSocket.Limits(maxPerConnection, initTimeout, documents::admits), open);
    }

    /** Sockets are not requests to drain: they are closed once the service stops, and clients reconnect. */
    void stop(@Observes ShutdownEvent event) {
        open.forEach(socket -> socket.close((short) 1001, "Going away"));
    }

    void install(@Observes Router router) {
        // SmallRye takes the upgrades of the same path at order -99; requests other than upgrades go on
        router.route(path).order(-100).handler(context -> {
            if (isUpgrade(context)) {
                upgrade.handle(context);
            } else {
                context.next();
            }
        });
    }

    private static boolean isUpgrade(RoutingContext context) {
        return context.request().method() == HttpMethod.GET
                && context.request().headers().contains(HttpHeaders.UPGRADE, HttpHeaders.WEBSOCKET, true);
    }

    /** SmallRye's handler base: the request context and the caller's identity, as for its own endpoint. */
    private static final class Upgrade extends SmallRyeGraphQLAbstractHandler {

        private final TransportSocket.Limits limits;
        private final Set<ServerWebSocket> open;

        Upgrade(CurrentIdentityAssociation identity, CurrentVertxRequest request, TransportSocket.Limits limits,
                Set<ServerWebSocket> open) {
            super(identity, request, false);
            this.limits = limits;
            this.open = open;
        }

        @Override
        protected void doHandle(RoutingContext context) {
            var metaData = getMetaData(context);
            context.request().toWebSocket().onComplete(upgraded -> {
                if (upgraded.failed()) {
                    LOG.debugf("WebSocket upgrade failed: %s", upgraded.cause().getMessage());
                    return;
                }
                ServerWebSocket socket = upgraded.result();
                markDone(context.request());
                if (!SUBPROTOCOL.equals(socket.subProtocol())) {
                    socket.close((short) 4406, "Subprotocol not acceptable");
                    return;
                }
                TransportSocket handler = new TransportSocket(context.vertx(), socket, metaData, limits);
                open.add(socket);
                socket.closeHandler(ignored -> {
                    open.remove(socket);
                    handler.onClose();
                });
                socket.exceptionHandler(handler::onThrowable);
                socket.textMessageHandler(handler::onMessage);
                socket.binaryMessageHandler(ignored -> handler.refuseBinary());
            });
        }
    }

    /**
     * Quarkus counts a request as in flight until its response ends or fails, and at shutdown waits for every such
     * request; the response of an upgraded request does neither, so without this every socket ever opened would
     * hold up shutdown for the whole timeout.
     */
    private static void markDone(HttpServerRequest request) {
        if (REQUEST_DONE == null) {
            return;
        }
        try {
            QuarkusRequestWrapper wrapper = QuarkusRequestWrapper.get(request);
            if (wrapper != null) {
                REQUEST_DONE.invoke(wrapper);
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.debugf("Cannot mark an upgraded request done: %s", e);
        }
    }

    private static Method requestDone() {
        try {
            Method done = QuarkusRequestWrapper.class.getDeclaredMethod("done");
            done.setAccessible(true);
            return done;
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.debugf("Upgraded requests will count as in flight until shutdown: %s", e);
            return null;
        }
    }
}
