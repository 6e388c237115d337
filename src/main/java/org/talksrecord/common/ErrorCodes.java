package org.talksrecord.common;

/** The only values {@code extensions.code} ever takes. */
public enum ErrorCodes {
    BAD_USER_INPUT, NOT_FOUND, UNAUTHENTICATED, FORBIDDEN, CONFLICT, INTERNAL_SERVER_ERROR
}
