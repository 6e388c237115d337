package org.talksrecord.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ConnectException;
import java.util.concurrent.CompletionException;

import org.junit.jupiter.api.Test;
import org.talksrecord.common.ApiException;
import org.talksrecord.common.ErrorCodes;

import io.vertx.core.http.ConnectionPoolTooBusyException;
import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.ClosedConnectionException;

/** Which database failures become SERVICE_UNAVAILABLE or TIMEOUT, and which of them start an outage. */
class FailuresTest {

    private static PgException pg(String sqlState) {
        return new PgException("message", "ERROR", sqlState, null);
    }

    @Test
    void aCancelledStatementIsATimeout() {
        ApiException failure = Failures.of(new CompletionException(new RuntimeException(pg("57014"))));
        assertEquals(ErrorCodes.TIMEOUT, failure.code());
        assertFalse(Failures.unreachable(pg("57014")));
    }

    @Test
    void aDatabaseThatCannotBeReachedIsAnOutage() {
        ConnectException refused = new ConnectException("Connection refused");
        assertEquals(ErrorCodes.SERVICE_UNAVAILABLE, Failures.of(new CompletionException(refused)).code());
        assertTrue(Failures.unreachable(new CompletionException(refused)));
        for (String state : new String[]{"57P01", "57P03", "08006"}) {
            assertEquals(ErrorCodes.SERVICE_UNAVAILABLE, Failures.of(pg(state)).code(), state);
            assertTrue(Failures.unreachable(pg(state)), state);
        }
        assertTrue(Failures.unreachable(ClosedConnectionException.INSTANCE));
        assertTrue(Failures.of(ClosedConnectionException.INSTANCE).getMessage().contains("Idempotency-Key"));
    }

    @Test
    void aFullPoolIsUnavailableButNoOutage() {
        ConnectionPoolTooBusyException busy = new ConnectionPoolTooBusyException("full");
        assertEquals(ErrorCodes.SERVICE_UNAVAILABLE, Failures.of(busy).code());
        assertFalse(Failures.unreachable(busy));
        assertEquals(1, ((ServiceUnavailableException) Failures.of(busy)).retryAfterSeconds());
    }

    @Test
    void otherFailuresStayUnexpected() {
        assertNull(Failures.of(pg("23505")));
        assertNull(Failures.of(new IllegalStateException("bug")));
        assertFalse(Failures.unreachable(pg("23505")));
    }
}
