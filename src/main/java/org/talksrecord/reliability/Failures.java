package org.talksrecord.reliability;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.nio.channels.ClosedChannelException;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Set;

import org.eclipse.microprofile.config.ConfigProvider;
import org.talksrecord.common.ApiException;

import io.vertx.core.http.ConnectionPoolTooBusyException;
import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.ClosedConnectionException;

/**
 * Which database failures a client can be told about in its own words: the database cannot be reached or the
 * connection broke ({@code SERVICE_UNAVAILABLE}), the pool is full ({@code SERVICE_UNAVAILABLE}), a statement was
 * cancelled because its time budget passed ({@code TIMEOUT}). Everything else stays an unexpected failure.
 */
public final class Failures {

    // query_canceled: cancelled by the budget or by the server-side statement_timeout
    private static final String CANCELED = "57014";
    // admin_shutdown, crash_shutdown, cannot_connect_now
    private static final Set<String> SERVER_GONE = Set.of("57P01", "57P02", "57P03");
    private static final String TOO_MANY_CONNECTIONS = "53300";
    private static final String CONNECTION_EXCEPTION_CLASS = "08";

    private Failures() {
    }

    /** The coded failure {@code failure} stands for, or null when it is none of these. */
    public static ApiException of(Throwable failure) {
        for (Throwable current = failure; current != null; current = next(current)) {
            if (current instanceof ServiceUnavailableException || current instanceof RequestTimeoutException) {
                return (ApiException) current;
            }
            String state = sqlState(current);
            if (state != null) {
                if (CANCELED.equals(state)) {
                    return new RequestTimeoutException(configuredBudget());
                }
                if (state != null && (SERVER_GONE.contains(state) || state.startsWith(CONNECTION_EXCEPTION_CLASS))) {
                    return ServiceUnavailableException.connectionLost();
                }
                if (TOO_MANY_CONNECTIONS.equals(state)) {
                    return ServiceUnavailableException.busy();
                }
                return null;
            }
            if (current instanceof ConnectionPoolTooBusyException) {
                return ServiceUnavailableException.busy();
            }
            if (cannotConnect(current)) {
                return ServiceUnavailableException.databaseUnreachable();
            }
            if (connectionBroke(current)) {
                return ServiceUnavailableException.connectionLost();
            }
        }
        return null;
    }

    /** Whether {@code failure} says that the database cannot be reached at all (an outage, not a busy pool). */
    public static boolean unreachable(Throwable failure) {
        for (Throwable current = failure; current != null; current = next(current)) {
            String state = sqlState(current);
            if (state != null) {
                return SERVER_GONE.contains(state) || state.startsWith(CONNECTION_EXCEPTION_CLASS);
            }
            if (cannotConnect(current) || connectionBroke(current)) {
                return true;
            }
        }
        return false;
    }

    /** A one-line description for the log: the failure's kind and message, no stack trace. */
    static String describe(Throwable failure) {
        Throwable root = failure;
        while (next(root) != null) {
            root = next(root);
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    /** The SQLSTATE of the client's failure, or of Hibernate's translation of it (which drops the original). */
    private static String sqlState(Throwable failure) {
        if (failure instanceof PgException pg) {
            return pg.getSqlState();
        }
        return failure instanceof SQLException sql ? sql.getSQLState() : null;
    }

    private static boolean cannotConnect(Throwable failure) {
        return failure instanceof ConnectException || failure instanceof NoRouteToHostException
                || failure instanceof UnknownHostException
                || failure.getClass().getName().equals("io.netty.channel.ConnectTimeoutException");
    }

    private static boolean connectionBroke(Throwable failure) {
        if (failure instanceof ClosedConnectionException || failure instanceof ClosedChannelException) {
            return true;
        }
        if (failure instanceof IOException) {
            return true;
        }
        String message = failure.getMessage();
        // Vert.x reports a connection closed under a pending command with a plain VertxException
        return failure instanceof io.vertx.core.VertxException && message != null
                && (message.equals("Connection was closed") || message.equals("Pool closed"));
    }

    private static Throwable next(Throwable failure) {
        Throwable cause = failure.getCause();
        return cause == failure ? null : cause;
    }

    private static Duration configuredBudget() {
        return ConfigProvider.getConfig().getOptionalValue("talks.request-timeout", Duration.class)
                .orElse(Duration.ofSeconds(5));
    }
}
