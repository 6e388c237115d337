package org.talksrecord.endpoint;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.talksrecord.common.ErrorCodes;
import org.talksrecord.readplan.ReadPlans;
import org.talksrecord.reliability.DatabaseAvailability;
import org.talksrecord.reliability.Idempotency;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

import graphql.language.OperationDefinition;
import graphql.language.OperationDefinition.Operation;
import graphql.schema.GraphQLSchema;

/**
 * The GraphQL endpoint: GraphQL over HTTP (GET and POST) for every operation. Queries are answered by the read
 * plans, schema questions by graphql-java's introspection, mutations by SmallRye GraphQL; WebSocket upgrades
 * (subscriptions) continue to SmallRye's endpoint. Everything a client can get wrong is refused here, before
 * anything runs, with a coded error and the status GraphQL over HTTP asks for. Every request is admitted within a
 * limit and runs within a time budget; an outage, overload or spent budget is a coded error too (README, "Failure
 * behaviour").
 */
@ApplicationScoped
public class GraphQLRoute {

    private final DocumentSource sources;
    private final Documents documents;
    private final ReadPlans plans;
    private final HttpCaching caching;
    private final SchemaIntrospection introspection;
    private final MutationRequests mutations;
    private final AdmittedRequests admitted;
    private final DatabaseAvailability availability;
    private final String path;
    private final long maxBodySize;
    private final int maxDepth;
    private final int maxComplexity;

    public GraphQLRoute(DocumentSource sources, BearerTokens tokens, Documents documents, ReadPlans plans,
            HttpCaching caching,
            SchemaIntrospection introspection,
            CurrentIdentityAssociation identity, CurrentVertxRequest currentRequest,
            AdmittedRequests admitted, DatabaseAvailability availability, Idempotency idempotency,
            @ConfigProperty(name = "quarkus.smallrye-graphql.root-path") String path,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize,
            @ConfigProperty(name = "quarkus.smallrye-graphql.instrumentation-query-depth") int maxDepth,
            @ConfigProperty(name = "quarkus.smallrye-graphql.instrumentation-query-complexity") int maxComplexity) {
        this.sources = sources;
        this.documents = documents;
        this.plans = plans;
        this.caching = caching;
        this.introspection = introspection;
        this.mutations = new MutationRequests(tokens, new MutationExecution(identity, currentRequest), idempotency);
        this.admitted = admitted;
        this.availability = availability;
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
            Answers.respond(context, MediaType.JSON, 406, RequestError.malformed(406, ErrorCodes.BAD_USER_INPUT,
                    "Accept application/graphql-response+json or application/json.").body().toBuffer());
            return;
        }
        if (!admitted.admit(context, type)) {
            return;
        }
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
                } catch (RuntimeException e) {
                    answer(context, type, null, e);
                }
            });
        } catch (RuntimeException e) {
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
            mutations.run(context, type, request, text, document.rootFields(operation).size());
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

    /** Writes a query's answer: cacheable when it came by GET without errors. */
    private void answer(RoutingContext context, MediaType type, ReadPlans.Answer answer, Throwable failure) {
        if (failure != null) {
            Answers.failure(context, type, failure);
            return;
        }
        boolean cacheable = context.request().method() == HttpMethod.GET && !answer.hasErrors();
        if (!cacheable) {
            HttpCaching.uncacheable(context);
        } else if (caching.notModified(context, answer.body())) {
            AdmittedRequests.release(context);
            return;
        }
        Answers.respond(context, type, 200, answer.body());
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
}
