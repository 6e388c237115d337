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

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.annotations.RegisterForReflection;
import io.quarkus.vertx.http.runtime.filters.QuarkusRequestWrapper;
import io.smallrye.graphql.execution.ExecutionService;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.ServerWebSocket;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Takes the WebSocket upgrades of the GraphQL path before SmallRye's own endpoint does, and speaks
 * {@code graphql-transport-ws} on them with this service's limits ({@link TransportSocket}). A socket that asks
 * for another subprotocol is closed with 4406, as graphql-ws servers do. Once upgraded, a socket keeps nothing of
 * its upgrade request: operations over it only read, which needs neither the caller's identity nor the request's
 * CDI context, and an idle socket must stay small (README, "Live updates").
 */
@ApplicationScoped
@RegisterForReflection(targets = QuarkusRequestWrapper.class, methods = true, fields = false)
public class SubscriptionSocket {

    static final String SUBPROTOCOL = "graphql-transport-ws";
    private static final Logger LOG = Logger.getLogger(SubscriptionSocket.class);

    private static final Method REQUEST_DONE = requestDone();

    private final Vertx vertx;
    private final String path;
    private final TransportSocket.Limits limits;
    private final Set<ServerWebSocket> open = ConcurrentHashMap.newKeySet();
    private volatile ExecutionService execution;

    public SubscriptionSocket(Vertx vertx, @ConfigProperty(name = "quarkus.smallrye-graphql.root-path") String path,
            @ConfigProperty(name = "talks.subscriptions.max-per-connection") int maxPerConnection,
            @ConfigProperty(name = "talks.subscriptions.connection-init-timeout") Duration initTimeout,
            PersistedDocuments documents) {
        this.vertx = vertx;
        this.path = path;
        this.limits = new TransportSocket.Limits(maxPerConnection, initTimeout, documents::admits);
    }

    /** Sockets are not requests to drain: they are closed once the service stops, and clients reconnect. */
    void stop(@Observes ShutdownEvent event) {
        open.forEach(socket -> socket.close((short) 1001, "Going away"));
    }

    void install(@Observes Router router) {
        // SmallRye takes the upgrades of the same path at order -99; requests other than upgrades go on
        router.route(path).order(-100).handler(context -> {
            if (isUpgrade(context)) {
                upgrade(context.request());
            } else {
                context.next();
            }
        });
    }

    private static boolean isUpgrade(RoutingContext context) {
        return context.request().method() == HttpMethod.GET
                && context.request().headers().contains(HttpHeaders.UPGRADE, HttpHeaders.WEBSOCKET, true);
    }

    private void upgrade(HttpServerRequest request) {
        request.toWebSocket().onComplete(upgraded -> {
            if (upgraded.failed()) {
                LOG.debugf("WebSocket upgrade failed: %s", upgraded.cause().getMessage());
                return;
            }
            ServerWebSocket socket = upgraded.result();
            markDone(request);
            forgetRequest(socket);
            if (!SUBPROTOCOL.equals(socket.subProtocol())) {
                socket.close((short) 4406, "Subprotocol not acceptable");
                return;
            }
            TransportSocket handler = new TransportSocket(vertx, socket, limits, execution());
            open.add(socket);
            socket.closeHandler(ignored -> {
                open.remove(socket);
                handler.onClose();
            });
            socket.exceptionHandler(handler::onThrowable);
            socket.textMessageHandler(handler::onMessage);
            socket.binaryMessageHandler(ignored -> handler.refuseInvalid());
        });
    }

    private ExecutionService execution() {
        ExecutionService known = execution;
        if (known == null) {
            known = Arc.container().instance(ExecutionService.class).get();
            execution = known;
        }
        return known;
    }

    /**
     * The socket's handlers run on the Vert.x context of its upgrade request, which holds the request's CDI context
     * (and through it the routing context) while it is active, and the socket keeps the request's headers: let both
     * go, or every idle socket keeps its whole upgrade request.
     */
    private static void forgetRequest(ServerWebSocket socket) {
        ManagedContext requestContext = Arc.container().requestContext();
        if (requestContext.isActive()) {
            requestContext.terminate();
        }
        try {
            socket.headers().clear();
        } catch (UnsupportedOperationException e) {
            LOG.debugf("Cannot let the headers of an upgrade request go: %s", e);
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
