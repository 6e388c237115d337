package org.talksrecord.endpoint;

import java.util.List;

import org.talksrecord.common.ErrorCodes;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import graphql.language.SourceLocation;

/**
 * A request refused before anything runs: errors without {@code data}. GraphQL over HTTP answers such errors of a
 * well-formed request with 200 to clients that accept only {@code application/json}, and with a 4xx status to
 * those that accept {@code application/graphql-response+json}; a request that is not well-formed gets its 4xx
 * status either way.
 */
final class RequestError extends RuntimeException {

    private final int status;
    private final boolean wellFormed;
    private final JsonArray errors;

    private RequestError(int status, boolean wellFormed, JsonArray errors) {
        super(errors.getJsonObject(0).getString("message"), null, false, false);
        this.status = status;
        this.wellFormed = wellFormed;
        this.errors = errors;
    }

    /** The HTTP request itself is wrong: its body, its parameters, its method or its media types. */
    static RequestError malformed(int status, ErrorCodes code, String message) {
        return new RequestError(status, false, new JsonArray().add(error(code, message, null, null)));
    }

    /** A well-formed request whose document or variables are refused. */
    static RequestError refused(ErrorCodes code, String message, String field) {
        return refused(new JsonArray().add(error(code, message, field, null)));
    }

    static RequestError refused(JsonArray errors) {
        return new RequestError(400, true, errors);
    }

    static JsonObject error(ErrorCodes code, String message, String field, List<SourceLocation> locations) {
        JsonObject error = new JsonObject().put("message", message);
        if (locations != null && !locations.isEmpty()) {
            JsonArray lines = new JsonArray();
            locations.forEach(location -> lines.add(new JsonObject().put("line", location.getLine())
                    .put("column", location.getColumn())));
            error.put("locations", lines);
        }
        JsonObject extensions = new JsonObject().put("code", code.name());
        if (field != null) {
            extensions.put("field", field);
        }
        return error.put("extensions", extensions);
    }

    int status(MediaType responseType) {
        return wellFormed && responseType == MediaType.JSON ? 200 : status;
    }

    JsonObject body() {
        return new JsonObject().put("errors", errors);
    }
}
