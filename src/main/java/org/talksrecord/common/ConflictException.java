package org.talksrecord.common;

import io.smallrye.graphql.api.ErrorCode;

@ErrorCode("CONFLICT")
public class ConflictException extends ApiException {

    public ConflictException(String message, String field) {
        super(message, field);
    }

    public ConflictException(String message) {
        super(message, null);
    }

    @Override
    public ErrorCodes code() {
        return ErrorCodes.CONFLICT;
    }
}
