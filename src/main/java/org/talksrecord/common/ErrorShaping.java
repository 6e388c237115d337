package org.talksrecord.common;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import jakarta.persistence.OptimisticLockException;

import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.talksrecord.reliability.Failures;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.pgclient.PgException;

import graphql.ErrorClassification;
import graphql.ErrorType;
import graphql.ExceptionWhileDataFetching;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.GraphQLException;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;

/**
 * Gives every error the same shape: a message meant for the client and {@code extensions.code} (plus
 * {@code extensions.field} for input errors), never an exception class, stack trace or SQL.
 */
public class ErrorShaping extends SimplePerformantInstrumentation {

    private static final Logger LOG = Logger.getLogger(ErrorShaping.class);
    static final String INTERNAL_MESSAGE = "Internal server error";

    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
            InstrumentationExecutionParameters parameters, InstrumentationState state) {
        if (result.getErrors().isEmpty()) {
            return CompletableFuture.completedFuture(result);
        }
        List<GraphQLError> shaped = result.getErrors().stream().map(ErrorShaping::shape).toList();
        return CompletableFuture.completedFuture(result.transform(builder -> builder.errors(shaped)));
    }

    static GraphQLError shape(GraphQLError error) {
        if (error instanceof ExceptionWhileDataFetching fetching) {
            return shapeFailure(error, unwrap(fetching.getException()));
        }
        ErrorCodes code = isServerSide(error.getErrorType())
                ? ErrorCodes.INTERNAL_SERVER_ERROR
                : ErrorCodes.BAD_USER_INPUT;
        String message = code == ErrorCodes.INTERNAL_SERVER_ERROR ? INTERNAL_MESSAGE : error.getMessage();
        return build(error, message, code, null);
    }

    private static GraphQLError shapeFailure(GraphQLError error, Throwable cause) {
        if (cause instanceof ApiException api) {
            return build(error, api.getMessage(), api.code(), api.field());
        }
        if (cause instanceof UnauthorizedException || cause instanceof AuthenticationFailedException) {
            return build(error, "Authentication required: send a valid bearer token.", ErrorCodes.UNAUTHENTICATED,
                    null);
        }
        if (cause instanceof ForbiddenException) {
            return build(error, "This needs the editor role.", ErrorCodes.FORBIDDEN, null);
        }
        // an outage, a full pool or a spent time budget: no stack trace per request (the outage is logged once)
        ApiException unavailable = Failures.of(cause);
        if (unavailable != null) {
            return build(error, unavailable.getMessage(), unavailable.code(), null);
        }
        String sqlState = sqlStateOf(cause);
        if (lostConcurrentWrite(cause, sqlState)) {
            return build(error, "Another write changed the record at the same time; nothing was changed. Read it "
                    + "again and retry.", ErrorCodes.CONFLICT, null);
        }
        if (sqlState != null && sqlState.startsWith("23")) {
            LOG.warnf("Constraint violation %s at %s", sqlState, error.getPath());
            return build(error, "The change conflicts with other records; nothing was changed.", ErrorCodes.CONFLICT,
                    null);
        }
        LOG.errorf(cause, "Unexpected failure at %s", error.getPath());
        return build(error, INTERNAL_MESSAGE, ErrorCodes.INTERNAL_SERVER_ERROR, null);
    }

    /**
     * Whether a write lost a race with another one: Hibernate's version check found the row changed, or
     * PostgreSQL broke a deadlock (40P01) or a serialization failure (40001) by aborting this transaction.
     */
    private static boolean lostConcurrentWrite(Throwable failure, String sqlState) {
        if ("40001".equals(sqlState) || "40P01".equals(sqlState)) {
            return true;
        }
        for (Throwable current = failure; current != null; current = current.getCause()) {
            if (current instanceof StaleStateException || current instanceof OptimisticLockException) {
                return true;
            }
            if (current.getCause() == current) {
                break;
            }
        }
        return false;
    }

    /** The SQLSTATE of a database failure anywhere in the cause chain, e.g. 23503 for a foreign key. */
    private static String sqlStateOf(Throwable failure) {
        for (Throwable current = failure; current != null; current = current.getCause()) {
            if (current instanceof PgException pg) {
                return pg.getSqlState();
            }
            if (current.getCause() == current) {
                break;
            }
        }
        return null;
    }

    private static boolean isServerSide(ErrorClassification type) {
        return type == ErrorType.DataFetchingException || type == ErrorType.NullValueInNonNullableField;
    }

    private static Throwable unwrap(Throwable failure) {
        Throwable current = failure;
        while ((current instanceof CompletionException || current.getClass() == RuntimeException.class
                || current instanceof GraphQLException)
                && current.getCause() != null && current.getCause() != current) {
            current = current.getCause();
        }
        return current;
    }

    private static GraphQLError build(GraphQLError error, String message, ErrorCodes code, String field) {
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("code", code.name());
        if (field != null) {
            extensions.put("field", field);
        }
        return new ShapedError(message, error.getLocations(), error.getPath(), extensions);
    }
}
