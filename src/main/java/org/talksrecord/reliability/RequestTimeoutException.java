package org.talksrecord.reliability;

import java.time.Duration;

import org.talksrecord.common.ApiException;
import org.talksrecord.common.ErrorCodes;

import io.smallrye.graphql.api.ErrorCode;

/** The request's time budget has passed: its running statement was cancelled. */
@ErrorCode("TIMEOUT")
public class RequestTimeoutException extends ApiException {

    RequestTimeoutException(Duration budget) {
        super("The request did not finish within its time budget of " + seconds(budget) + " and was stopped.", null);
    }

    private static String seconds(Duration budget) {
        long millis = budget.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : String.format("%.1f s", millis / 1000.0);
    }

    @Override
    public ErrorCodes code() {
        return ErrorCodes.TIMEOUT;
    }
}
