package org.talksrecord.readplan;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.MIMEHeader;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import io.vertx.mutiny.sqlclient.Pool;

/**
 * Answers POSTed query documents that a compiled plan covers with that plan's one statement, ahead of the
 * GraphQL endpoint; every other request (mutations, errors, documents or values plans leave alone, a failed
 * statement) continues to the endpoint's resolvers untouched.
 */
@ApplicationScoped
public class ReadPlanRoute {

    private static final Logger LOG = Logger.getLogger(ReadPlanRoute.class);
    // what the GraphQL endpoint answers to a request without a specific Accept
    private static final String DEFAULT_TYPE = "application/graphql-response+json; charset=UTF-8";

    private final ReadPlans plans;
    private final io.vertx.sqlclient.Pool pool;
    private final String path;
    private final long maxBodySize;
    private final boolean enabled;
    private final Counter answered;
    private final Counter handedOn;

    public ReadPlanRoute(ReadPlans plans, Pool pool, MeterRegistry registry,
            @ConfigProperty(name = "quarkus.smallrye-graphql.root-path") String path,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize,
            @ConfigProperty(name = "talks.read-plans.enabled") boolean enabled) {
        this.plans = plans;
        this.pool = pool.getDelegate();
        this.path = path;
        this.maxBodySize = maxBodySize.asLongValue();
        this.enabled = enabled;
        this.answered = registry.counter("talks.read.plans", "outcome", "answered");
        this.handedOn = registry.counter("talks.read.plans", "outcome", "resolvers");
    }

    void install(@Observes Router router) {
        if (enabled) {
            // after CORS, before the endpoint's own route; the endpoint's body handler sees the body read
            router.post(path).order(-1)
                    .handler(BodyHandler.create(false).setBodyLimit(maxBodySize))
                    .handler(this::handle);
        }
    }

    private void handle(RoutingContext context) {
        String responseType = responseType(context);
        String requestType = context.request().getHeader(HttpHeaders.CONTENT_TYPE);
        JsonObject request = responseType == null || requestType == null || !requestType.startsWith("application/json")
                ? null
                : body(context);
        ReadPlan plan = request == null
                ? null
                : plans.planFor(request.getString("query"), request.getString("operationName"));
        ReadPlan.Statement statement = plan == null ? null : statement(plan, request.getJsonObject("variables"));
        if (statement == null) {
            handedOn.increment();
            context.next();
            return;
        }
        pool.preparedQuery(statement.sql()).execute(statement.parameters()).onComplete(result -> {
            if (result.failed()) {
                LOG.debugf(result.cause(), "compiled plan failed, resolvers answer");
                handedOn.increment();
                context.next();
                return;
            }
            answered.increment();
            context.response().putHeader(HttpHeaders.CONTENT_TYPE, responseType)
                    .end(result.result().iterator().next().getBuffer(0));
        });
    }

    private static JsonObject body(RoutingContext context) {
        try {
            JsonObject request = context.body().asJsonObject();
            boolean plain = request != null && request.getValue("query") instanceof String
                    && (request.getValue("operationName") == null
                            || request.getValue("operationName") instanceof String)
                    && (request.getValue("variables") == null || request.getValue("variables") instanceof JsonObject)
                    && request.getValue("extensions") == null;
            return plain ? request : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static ReadPlan.Statement statement(ReadPlan plan, JsonObject variables) {
        try {
            return plan.bind(variables == null ? Map.of() : variables.getMap());
        } catch (NotCompilable e) {
            return null;
        }
    }

    /** The endpoint's content negotiation for the Accept values it takes as they are; null for the rest. */
    private static String responseType(RoutingContext context) {
        if (context.parsedHeaders().accept().isEmpty()) {
            return context.request().getHeader(HttpHeaders.ACCEPT) == null ? DEFAULT_TYPE : null;
        }
        for (MIMEHeader accept : context.parsedHeaders().accept()) {
            String raw = accept.rawValue();
            if (raw.startsWith("application/json") || raw.startsWith("application/graphql")) {
                return raw.equals("application/json") || raw.equals("application/graphql-response+json") ? raw : null;
            }
            if (raw.startsWith("*/*")) {
                return DEFAULT_TYPE;
            }
        }
        return null;
    }
}
