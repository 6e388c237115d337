package org.talksrecord.endpoint;

import static io.quarkus.jsonp.JsonProviderHolder.jsonProvider;

import java.io.StringReader;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.smallrye.graphql.runtime.SmallRyeGraphQLAbstractHandler;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.smallrye.graphql.execution.ExecutionResponseWriter;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/**
 * Runs a mutation with SmallRye GraphQL, in the request and security context SmallRye's own endpoint would set
 * up, and hands the result to the caller's writer (so that the front door decides statuses and keeps answers).
 */
final class MutationExecution extends SmallRyeGraphQLAbstractHandler {

    private static final String INPUT = MutationExecution.class.getName() + ".input";
    private static final String WRITER = MutationExecution.class.getName() + ".writer";

    MutationExecution(CurrentIdentityAssociation identity, CurrentVertxRequest request) {
        super(identity, request, false);
    }

    void execute(RoutingContext context, JsonObject request, ExecutionResponseWriter writer) {
        try (var reader = jsonProvider().createReader(new StringReader(request.encode()))) {
            context.put(INPUT, reader.readObject());
        }
        context.put(WRITER, writer);
        handle(context);
    }

    @Override
    protected void doHandle(RoutingContext context) {
        getExecutionService().executeAsync(context.get(INPUT), getMetaData(context), context.get(WRITER));
    }
}
