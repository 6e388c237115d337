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

    static ServiceUnavailableException busy() {
        return new ServiceUnavailableException("The service is busy; nothing was done. Retry in a second.", 1);
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
