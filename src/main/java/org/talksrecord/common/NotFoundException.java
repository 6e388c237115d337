package org.talksrecord.common;

import io.smallrye.graphql.api.ErrorCode;

@ErrorCode("NOT_FOUND")
public class NotFoundException extends ApiException {

    public NotFoundException(String message, String field) {
        super(message, field);
    }

    public NotFoundException(String message) {
        super(message, null);
    }

    @Override
    public ErrorCodes code() {
        return ErrorCodes.NOT_FOUND;
    }
}
