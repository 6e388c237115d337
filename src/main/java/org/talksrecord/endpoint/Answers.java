package org.talksrecord.endpoint;

import java.util.concurrent.CompletionException;

import org.jboss.logging.Logger;
import org.talksrecord.common.ApiException;
import org.talksrecord.common.ErrorCodes;
import org.talksrecord.reliability.Failures;
import org.talksrecord.reliability.Idempotency;
import org.talksrecord.reliability.ServiceUnavailableException;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

import graphql.ExecutionResult;
import graphql.GraphQLError;

/**
 * Writes answers with the status GraphQL over HTTP asks for: request errors, coded failures the client can act on
 * (an outage, overload, a spent budget, an Idempotency-Key refused) with {@code Retry-After} where retrying later
 * helps, mutation results and replayed ones. {@code application/json} clients get 200 with the same body.
 */
final class Answers {

    private static final Logger LOG = Logger.getLogger(Answers.class);

    private Answers() {
    }

    static void failure(RoutingContext context, MediaType type, Throwable thrown) {
        HttpCaching.uncacheable(context);
        // a failure from a CompletionStage (introspection) arrives wrapped
        Throwable failure = thrown instanceof CompletionException wrapped && wrapped.getCause() != null
                ? wrapped.getCause()
                : thrown;
        if (failure instanceof RequestError refused) {
            respond(context, type, refused.status(type), refused.body().toBuffer());
            return;
        }
        ApiException coded = failure instanceof ApiException api ? api : Failures.of(failure);
        if (coded != null) {
            coded(context, type, coded);
            return;
        }
        LOG.errorf(failure, "Unexpected failure answering %s", context.request().path());
        JsonObject error = new JsonObject().put("errors", new JsonArray().add(RequestError.error(
                ErrorCodes.INTERNAL_SERVER_ERROR, "Internal server error", null, null))).putNull("data");
        respond(context, type, type == MediaType.JSON ? 200 : 500, error.toBuffer());
    }

    private static void coded(RoutingContext context, MediaType type, ApiException failure) {
        if (failure instanceof ServiceUnavailableException unavailable) {
            context.response().putHeader(HttpHeaders.RETRY_AFTER, Integer.toString(unavailable.retryAfterSeconds()));
        } else if (failure instanceof Idempotency.InProgressException) {
            context.response().putHeader(HttpHeaders.RETRY_AFTER, "1");
        }
        JsonObject body = new JsonObject().put("errors", new JsonArray().add(RequestError.error(failure.code(),
                failure.getMessage(), failure.field(), null)));
        respond(context, type, type == MediaType.JSON ? 200 : status(failure.code()), body.toBuffer());
    }

    /** 503 or 504 when the mutation could not run for the time being and has no data; 200 otherwise. */
    static void mutation(RoutingContext context, MediaType type, ExecutionResult result, Buffer body) {
        HttpCaching.uncacheable(context);
        GraphQLError unavailable = firstWithCode(result, ErrorCodes.SERVICE_UNAVAILABLE);
        if (unavailable != null) {
            context.response().putHeader(HttpHeaders.RETRY_AFTER,
                    Integer.toString(ServiceUnavailableException.retryAfterSeconds(unavailable.getMessage())));
        }
        ErrorCodes stopped = result.getData() != null
                ? null
                : unavailable != null
                        ? ErrorCodes.SERVICE_UNAVAILABLE
                        : hasCode(result, ErrorCodes.TIMEOUT)
                                ? ErrorCodes.TIMEOUT
                                : null;
        respond(context, type, stopped == null || type == MediaType.JSON ? 200 : status(stopped), body);
    }

    /** The answer kept for an earlier request with the same Idempotency-Key. */
    static void replay(RoutingContext context, MediaType type, Buffer answer) {
        HttpCaching.uncacheable(context);
        context.response().putHeader(Idempotency.REPLAYED_HEADER, "true");
        respond(context, type, 200, answer);
    }

    /** An answer that is itself a temporary failure, not to be kept for retries. */
    static boolean temporary(ExecutionResult result) {
        return hasCode(result, ErrorCodes.SERVICE_UNAVAILABLE) || hasCode(result, ErrorCodes.TIMEOUT)
                || hasCode(result, ErrorCodes.INTERNAL_SERVER_ERROR);
    }

    static void respond(RoutingContext context, MediaType type, int status, Buffer body) {
        if (!context.response().ended()) {
            context.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, type.contentType())
                    .end(body);
        }
        AdmittedRequests.release(context);
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
}
