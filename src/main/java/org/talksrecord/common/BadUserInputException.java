package org.talksrecord.common;

import io.smallrye.graphql.api.ErrorCode;

@ErrorCode("BAD_USER_INPUT")
public class BadUserInputException extends ApiException {

    public BadUserInputException(String message, String field) {
        super(message, field);
    }

    public BadUserInputException(String message) {
        super(message, null);
    }

    @Override
    public ErrorCodes code() {
        return ErrorCodes.BAD_USER_INPUT;
    }
}
