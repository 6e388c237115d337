package org.talksrecord.endpoint;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.talksrecord.common.ApiException;
import org.talksrecord.common.ErrorCodes;
import org.talksrecord.readplan.ReadPlans;
import org.talksrecord.reliability.Admission;
import org.talksrecord.reliability.DatabaseAvailability;
import org.talksrecord.reliability.Failures;
import org.talksrecord.reliability.Idempotency;
import org.talksrecord.reliability.IdempotentWrite;
import org.talksrecord.reliability.RequestBudget;
import org.talksrecord.reliability.ServiceUnavailableException;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.smallrye.graphql.execution.ExecutionResponse;
import io.smallrye.graphql.execution.ExecutionResponseWriter;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.language.OperationDefinition;
import graphql.language.OperationDefinition.Operation;
import graphql.schema.GraphQLSchema;

/**
 * The GraphQL endpoint: GraphQL over HTTP (GET and POST) for every operation. Queries are answered by the read
 * plans, schema questions by graphql-java's introspection, mutations by SmallRye GraphQL; WebSocket upgrades
 * (subscriptions) continue to SmallRye's endpoint. Everything a client can get wrong is refused here, before
 * anything runs, with a coded error and the status GraphQL over HTTP asks for. Every request is admitted within a
 * limit and runs within a time budget; an outage, overload or spent budget is a coded error too (README,
 * "Failures and retries").
 */
@ApplicationScoped
public class GraphQLRoute {

    private static final Logger LOG = Logger.getLogger(GraphQLRoute.class);
    // run when the answer is written, or the exchange ends without one
    private static final String RELEASE = GraphQLRoute.class.getName() + ".release";

    private final DocumentSource sources;
    private final BearerTokens tokens;
    private final Documents documents;
    private final ReadPlans plans;
    private final HttpCaching caching;
    private final SchemaIntrospection introspection;
    private final MutationExecution mutations;
    private final Admission admission;
    private final DatabaseAvailability availability;
    private final Idempotency idempotency;
    private final Duration requestTimeout;
    private final String path;
    private final long maxBodySize;
    private final int maxDepth;
    private final int maxComplexity;

    public GraphQLRoute(DocumentSource sources, BearerTokens tokens, Documents documents, ReadPlans plans,
            HttpCaching caching,
            SchemaIntrospection introspection,
            CurrentIdentityAssociation identity, CurrentVertxRequest currentRequest,
            Admission admission, DatabaseAvailability availability, Idempotency idempotency,
            @ConfigProperty(name = "talks.request-timeout") Duration requestTimeout,
            @ConfigProperty(name = "quarkus.smallrye-graphql.root-path") String path,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize,
            @ConfigProperty(name = "quarkus.smallrye-graphql.instrumentation-query-depth") int maxDepth,
            @ConfigProperty(name = "quarkus.smallrye-graphql.instrumentation-query-complexity") int maxComplexity) {
        this.sources = sources;
        this.tokens = tokens;
        this.documents = documents;
        this.plans = plans;
        this.caching = caching;
        this.introspection = introspection;
        this.mutations = new MutationExecution(identity, currentRequest);
        this.admission = admission;
        this.availability = availability;
        this.idempotency = idempotency;
        this.requestTimeout = requestTimeout;
        this.path = path;
        this.maxBodySize = maxBodySize.asLongValue();
        this.maxDepth = maxDepth;
        this.maxComplexity = maxComplexity;
    }

    void install(@Observes Router router) {
        // after CORS, before SmallRye's own route, which keeps the WebSocket upgrades
        router.route(path).order(-1).handler(BodyHandler.create(false).setBodyLimit(maxBodySize))
                .handler(this::handle);
    }

    private void handle(RoutingContext context) {
        HttpMethod method = context.request().method();
        if (method == HttpMethod.OPTIONS || isWebSocketUpgrade(context)) {
            context.next();
            return;
        }
        MediaType type = MediaType.negotiate(context);
        if (type == null) {
            respond(context, MediaType.JSON, 406, RequestError.malformed(406, ErrorCodes.BAD_USER_INPUT,
                    "Accept application/graphql-response+json or application/json.").body().toBuffer());
            return;
        }
        try {
            admission.enter();
        } catch (ServiceUnavailableException busy) {
            answer(context, type, null, busy);
            admission.slowDown(context.request());
            return;
        }
        RequestBudget budget = RequestBudget.start(context.vertx(), requestTimeout).attachTo(Vertx.currentContext());
        AtomicBoolean released = new AtomicBoolean();
        Runnable release = () -> {
            if (released.compareAndSet(false, true)) {
                budget.close();
                admission.leave();
            }
        };
        context.put(RELEASE, release);
        // SmallRye's mutation handler replaces the response's end handlers, so answers release explicitly too
        context.addEndHandler(ended -> release.run());
        try {
            if (method != HttpMethod.GET && method != HttpMethod.POST) {
                context.response().putHeader(HttpHeaders.ALLOW, "GET, POST");
                throw RequestError.malformed(405, ErrorCodes.BAD_USER_INPUT, "Send GraphQL requests by GET or POST.");
            }
            GraphQLRequest request = request(context);
            sources.of(context, request).onComplete(text -> {
                if (text.failed()) {
                    answer(context, type, null, text.cause());
                    return;
                }
                try {
                    run(context, type, request, text.result());
                } catch (RequestError | ApiException e) {
                    answer(context, type, null, e);
                }
            });
        } catch (RequestError | ApiException e) {
            answer(context, type, null, e);
        }
    }

    private void run(RoutingContext context, MediaType type, GraphQLRequest request, String text) {
        PreparedDocument document = documents.prepare(text);
        OperationDefinition operation = document.operation(request.operationName());
        boolean get = context.request().method() == HttpMethod.GET;
        if (get && operation.getOperation() != Operation.QUERY) {
            context.response().putHeader(HttpHeaders.ALLOW, "POST");
            throw RequestError.malformed(405, ErrorCodes.BAD_USER_INPUT, "Send mutations by POST.");
        }
        if (operation.getOperation() == Operation.SUBSCRIPTION) {
            throw RequestError.refused(ErrorCodes.BAD_USER_INPUT,
                    "Subscriptions are served over WebSocket (graphql-transport-ws) at " + path + ".", null);
        }
        requireWithinLimits(document.size(operation));
        GraphQLSchema schema = documents.schema();
        Map<String, Object> variables = VariableValues.coerce(schema, operation.getVariableDefinitions(),
                request.variableMap());
        if (operation.getOperation() == Operation.MUTATION) {
            availability.requireReachable();
            mutate(context, type, request, text, document.rootFields(operation).size());
        } else if (document.introspects(operation)) {
            introspection.execute(text, request.operationName(), request.variables(),
                    document.size(operation).fields() == 0)
                    .whenComplete((answer, failure) -> answer(context, type, answer, failure));
        } else {
            availability.requireReachable();
            plans.execute(document.plan(operation, variables,
                    values -> plans.compile(document.document(), operation, values)), variables)
                    .onComplete(result -> answer(context, type, result.result(), result.cause()));
        }
    }

    private void requireWithinLimits(DocumentLimits.Size size) {
        if (size.depth() > maxDepth) {
            throw RequestError.refused(ErrorCodes.BAD_USER_INPUT, "The query's depth is " + size.depth()
                    + " levels of fields; the limit is " + maxDepth + ".", null);
        }
        if (size.fields() > maxComplexity) {
            throw RequestError.refused(ErrorCodes.BAD_USER_INPUT, "The query's complexity is " + size.fields()
                    + " fields; the limit is " + maxComplexity + ".", null);
        }
    }

    /**
     * A token that is sent must be valid; a missing one is for the mutation's own access check to refuse. An
     * editor's mutation with an {@code Idempotency-Key} runs only if no committed write holds the key yet.
     */
    private void mutate(RoutingContext context, MediaType type, GraphQLRequest request, String text,
            int rootFields) {
        JsonObject input = new JsonObject().put("query", text)
                .put("operationName", request.operationName()).put("variables", request.variables());
        String key = context.request().getHeader(Idempotency.HEADER);
        IdempotentWrite write = key == null
                ? null
                : idempotency.prepare(key, text, request.operationName(), request.variables(), rootFields,
                        RequestBudget.current());
        tokens.acceptable(context.request().getHeader(HttpHeaders.AUTHORIZATION)).onComplete(valid -> {
            if (!valid.succeeded() || !valid.result()) {
                context.response().putHeader("WWW-Authenticate", "Bearer");
                answer(context, type, null, RequestError.malformed(401, ErrorCodes.UNAUTHENTICATED,
                        "The bearer token is invalid, expired or not signed by the trusted issuer."));
                return;
            }
            if (write == null) {
                mutations.execute(context, input, writer(context, type, null));
                return;
            }
            editor(context).onComplete(editor -> {
                if (!editor.result()) {
                    mutations.execute(context, input, writer(context, type, null));
                    return;
                }
                idempotency.earlierAnswer(write).onComplete(earlier -> {
                    if (earlier.failed()) {
                        answer(context, type, null, earlier.cause());
                    } else if (earlier.result() != null) {
                        replay(context, type, earlier.result());
                    } else {
                        write.attachTo(Vertx.currentContext());
                        mutations.execute(context, input, writer(context, type, write));
                    }
                });
            });
        });
    }

    /** Only an editor's request is idempotent; anyone else meets the mutation's access check. */
    private static Future<Boolean> editor(RoutingContext context) {
        if (context.request().getHeader(HttpHeaders.AUTHORIZATION) == null) {
            return Future.succeededFuture(false);
        }
        return Future.fromCompletionStage(QuarkusHttpUser.getSecurityIdentity(context, null)
                .map(identity -> identity.hasRole("editor")).onFailure().recoverWithItem(false)
                .subscribeAsCompletionStage());
    }

    private ExecutionResponseWriter writer(RoutingContext context, MediaType type, IdempotentWrite write) {
        return new ExecutionResponseWriter() {
            @Override
            public void write(ExecutionResponse response) {
                HttpCaching.uncacheable(context);
                Buffer body = Buffer.buffer(response.getExecutionResultAsString());
                ExecutionResult result = response.getExecutionResult();
                if (write == null) {
                    respondMutation(context, type, result, body);
                    return;
                }
                boolean temporary = hasCode(result, ErrorCodes.SERVICE_UNAVAILABLE) || hasCode(result,
                        ErrorCodes.TIMEOUT) || hasCode(result, ErrorCodes.INTERNAL_SERVER_ERROR);
                idempotency.settle(write, body, temporary).onComplete(settled -> {
                    if (settled.failed()) {
                        answer(context, type, null, settled.cause());
                    } else if (settled.result().replayed()) {
                        replay(context, type, settled.result().answer());
                    } else {
                        respondMutation(context, type, result, body);
                    }
                });
            }

            @Override
            public void fail(Throwable failure) {
                answer(context, type, null, failure);
            }
        };
    }

    /** 503 or 504 when the mutation could not run for the time being and has no data; 200 otherwise. */
    private static void respondMutation(RoutingContext context, MediaType type, ExecutionResult result, Buffer body) {
        ErrorCodes unavailable = result.getData() != null
                ? null
                : hasCode(result, ErrorCodes.SERVICE_UNAVAILABLE)
                        ? ErrorCodes.SERVICE_UNAVAILABLE
                        : hasCode(result, ErrorCodes.TIMEOUT) ? ErrorCodes.TIMEOUT : null;
        GraphQLError unavailableError = firstWithCode(result, ErrorCodes.SERVICE_UNAVAILABLE);
        if (unavailableError != null) {
            context.response().putHeader(HttpHeaders.RETRY_AFTER,
                    Integer.toString(ServiceUnavailableException.retryAfterSeconds(unavailableError.getMessage())));
        }
        respond(context, type, unavailable == null || type == MediaType.JSON ? 200 : status(unavailable), body);
    }

    private static boolean hasCode(ExecutionResult result, ErrorCodes code) {
        return firstWithCode(result, code) != null;
    }

    private static GraphQLError firstWithCode(ExecutionResult result, ErrorCodes code) {
        for (GraphQLError error : result.getErrors()) {
            if (error.getExtensions() != null && code.name().equals(error.getExtensions().get("code"))) {
                return error;
            }
        }
        return null;
    }

    /** The answer kept for an earlier request with the same Idempotency-Key. */
    private static void replay(RoutingContext context, MediaType type, Buffer answer) {
        HttpCaching.uncacheable(context);
        context.response().putHeader(Idempotency.REPLAYED_HEADER, "true");
        respond(context, type, 200, answer);
    }

    /** Writes a query's answer: cacheable when it came by GET without errors. */
    private void answer(RoutingContext context, MediaType type, ReadPlans.Answer answer, Throwable failure) {
        if (failure instanceof RequestError refused) {
            HttpCaching.uncacheable(context);
            respond(context, type, refused.status(type), refused.body().toBuffer());
            return;
        }
        if (failure == null) {
            boolean cacheable = context.request().method() == HttpMethod.GET && !answer.hasErrors();
            if (!cacheable) {
                HttpCaching.uncacheable(context);
            } else if (caching.notModified(context, answer.body())) {
                released(context);
                return;
            }
            respond(context, type, 200, answer.body());
            return;
        }
        HttpCaching.uncacheable(context);
        ApiException coded = failure instanceof ApiException api ? api : Failures.of(failure);
        if (coded != null) {
            answerCoded(context, type, coded);
            return;
        }
        LOG.errorf(failure, "Unexpected failure answering %s", context.request().path());
        JsonObject error = new JsonObject().put("errors", new JsonArray().add(RequestError.error(
                ErrorCodes.INTERNAL_SERVER_ERROR, "Internal server error", null, null))).putNull("data");
        respond(context, type, type == MediaType.JSON ? 200 : 500, error.toBuffer());
    }

    /**
     * A coded failure the client can act on (an outage, overload, a spent budget, an Idempotency-Key refused): a
     * request error with its status for {@code application/graphql-response+json}, 200 for
     * {@code application/json}; {@code Retry-After} when retrying later helps.
     */
    private static void answerCoded(RoutingContext context, MediaType type, ApiException failure) {
        if (failure instanceof ServiceUnavailableException unavailable) {
            context.response().putHeader(HttpHeaders.RETRY_AFTER, Integer.toString(unavailable.retryAfterSeconds()));
        } else if (failure instanceof Idempotency.InProgressException) {
            context.response().putHeader(HttpHeaders.RETRY_AFTER, "1");
        }
        JsonObject body = new JsonObject().put("errors", new JsonArray().add(RequestError.error(failure.code(),
                failure.getMessage(), failure.field(), null)));
        respond(context, type, type == MediaType.JSON ? 200 : status(failure.code()), body.toBuffer());
    }

    private static int status(ErrorCodes code) {
        return switch (code) {
            case SERVICE_UNAVAILABLE -> 503;
            case TIMEOUT -> 504;
            case CONFLICT -> 409;
            case NOT_FOUND -> 404;
            case UNAUTHENTICATED -> 401;
            case FORBIDDEN -> 403;
            default -> 400;
        };
    }

    private static GraphQLRequest request(RoutingContext context) {
        if (context.request().method() == HttpMethod.GET) {
            return GraphQLRequest.fromQueryString(context.queryParams());
        }
        String contentType = context.request().getHeader(HttpHeaders.CONTENT_TYPE);
        if (contentType == null) {
            throw RequestError.malformed(415, ErrorCodes.BAD_USER_INPUT,
                    "A POST needs the header Content-Type: application/json.");
        }
        // some clients repeat the header's value (GraphiQL sends "application/json, application/json")
        String[] parts = contentType.split(",", 2)[0].split(";");
        String mediaType = parts[0].trim().toLowerCase();
        String charset = null;
        for (int i = 1; i < parts.length; i++) {
            String[] parameter = parts[i].trim().split("=", 2);
            if (parameter.length == 2 && parameter[0].trim().equalsIgnoreCase("charset")) {
                charset = parameter[1].trim().replace("\"", "");
            }
        }
        if (charset != null && !charset.equalsIgnoreCase("utf-8")) {
            throw RequestError.malformed(415, ErrorCodes.BAD_USER_INPUT, "Send the request body in UTF-8.");
        }
        if (mediaType.equals("application/json")) {
            return GraphQLRequest.fromBody(context.body().buffer() == null ? Buffer.buffer() : context.body().buffer());
        }
        if (mediaType.equals("application/graphql")) {
            return GraphQLRequest.ofDocument(context.body().asString());
        }
        throw RequestError.malformed(415, ErrorCodes.BAD_USER_INPUT,
                "Send the request as Content-Type: application/json.");
    }

    private static boolean isWebSocketUpgrade(RoutingContext context) {
        String upgrade = context.request().getHeader(HttpHeaders.UPGRADE);
        return context.request().method() == HttpMethod.GET && upgrade != null
                && upgrade.equalsIgnoreCase("websocket");
    }

    private static void respond(RoutingContext context, MediaType type, int status, Buffer body) {
        if (!context.response().ended()) {
            context.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, type.contentType())
                    .end(body);
        }
        released(context);
    }

    /** The request no longer counts against the admission limit, and its budget stops. */
    private static void released(RoutingContext context) {
        Runnable release = context.get(RELEASE);
        if (release != null) {
            release.run();
        }
    }
}
