package org.talksrecord.endpoint;

import org.talksrecord.common.ErrorCodes;
import org.talksrecord.reliability.Idempotency;
import org.talksrecord.reliability.IdempotentWrite;
import org.talksrecord.reliability.RequestBudget;

import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.smallrye.graphql.execution.ExecutionResponse;
import io.smallrye.graphql.execution.ExecutionResponseWriter;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

import graphql.ExecutionResult;

/**
 * Mutations at the front door: a token that is sent must be valid (a missing one is for the mutation's own access
 * check to refuse); an editor's mutation with an {@code Idempotency-Key} runs only if no committed write holds the
 * key yet, and its answer is kept for retries.
 */
final class MutationRequests {

    private final BearerTokens tokens;
    private final MutationExecution mutations;
    private final Idempotency idempotency;

    MutationRequests(BearerTokens tokens, MutationExecution mutations, Idempotency idempotency) {
        this.tokens = tokens;
        this.mutations = mutations;
        this.idempotency = idempotency;
    }

    void run(RoutingContext context, MediaType type, GraphQLRequest request, String text, int rootFields) {
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
                Answers.failure(context, type, RequestError.malformed(401, ErrorCodes.UNAUTHENTICATED,
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
                        Answers.failure(context, type, earlier.cause());
                    } else if (earlier.result() != null) {
                        Answers.replay(context, type, earlier.result());
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
                Buffer body = Buffer.buffer(response.getExecutionResultAsString());
                ExecutionResult result = response.getExecutionResult();
                if (write == null) {
                    Answers.mutation(context, type, result, body);
                    return;
                }
                idempotency.settle(write, body, Answers.temporary(result)).onComplete(settled -> {
                    if (settled.failed()) {
                        Answers.failure(context, type, settled.cause());
                    } else if (settled.result().replayed()) {
                        Answers.replay(context, type, settled.result().answer());
                    } else {
                        Answers.mutation(context, type, result, body);
                    }
                });
            }

            @Override
            public void fail(Throwable failure) {
                Answers.failure(context, type, failure);
            }
        };
    }
}
