package org.talksrecord.common;

/** A failure the client can act on: its message and code are shown as they are. */
public abstract class ApiException extends RuntimeException {

    private final String field;

    protected ApiException(String message, String field) {
        super(message, null, false, false);
        this.field = field;
    }

    public abstract ErrorCodes code();

    /** The offending input path, e.g. {@code input.sides[0].military}, or null. */
    public String field() {
        return field;
    }
}
