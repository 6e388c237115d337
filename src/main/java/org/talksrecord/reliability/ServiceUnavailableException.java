package org.talksrecord.reliability;

import org.talksrecord.common.ApiException;
import org.talksrecord.common.ErrorCodes;

import io.smallrye.graphql.api.ErrorCode;

/** The service cannot answer now (its database is unreachable, or it is busy); the client may retry later. */
@ErrorCode("SERVICE_UNAVAILABLE")
public class ServiceUnavailableException extends ApiException {

    private final int retryAfterSeconds;

    ServiceUnavailableException(String message, int retryAfterSeconds) {
        super(message, null);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** Nothing was sent to the database: it cannot be reached. */
    static ServiceUnavailableException databaseUnreachable() {
        return new ServiceUnavailableException("The service cannot reach its database right now; nothing was read "
                + "or written. Retry in a few seconds.", 2);
    }

    /** The connection broke while the request used it: a write may or may not have committed. */
    static ServiceUnavailableException connectionLost() {
        return new ServiceUnavailableException("The connection to the database was lost while answering. Retry in "
                + "a few seconds; a mutation retried with the same Idempotency-Key is applied at most once.", 2);
    }

    private static final String BUSY = "The service is busy; nothing was done. Retry in a second.";

    static ServiceUnavailableException busy() {
        return new ServiceUnavailableException(BUSY, 1);
    }

    /** The {@code Retry-After} for an error of this kind that reached the client as a GraphQL error. */
    public static int retryAfterSeconds(String message) {
        return BUSY.equals(message) ? 1 : 2;
    }

    /** The value of the {@code Retry-After} header that goes with this answer. */
    public int retryAfterSeconds() {
        return retryAfterSeconds;
    }

    @Override
    public ErrorCodes code() {
        return ErrorCodes.SERVICE_UNAVAILABLE;
    }
}
