package org.talksrecord.endpoint;

import java.util.Map;

import org.talksrecord.common.ErrorCodes;

import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.Json;
import io.vertx.core.json.JsonObject;

/**
 * The parameters of one GraphQL-over-HTTP request, from a JSON body or from a GET's query string. The document
 * may be absent when {@code extensions.persistedQuery} or {@code documentId} names a persisted one.
 */
record GraphQLRequest(String query, String operationName, JsonObject variables, JsonObject extensions,
        String documentId) {

    static GraphQLRequest fromBody(Buffer body) {
        Object parsed;
        try {
            parsed = Json.decodeValue(body);
        } catch (DecodeException e) {
            throw RequestError.malformed(400, ErrorCodes.BAD_USER_INPUT,
                    "The request body is not valid JSON (or nests more than 1000 levels deep).");
        }
        if (!(parsed instanceof JsonObject request)) {
            throw RequestError.malformed(400, ErrorCodes.BAD_USER_INPUT, "The request body must be a JSON object.");
        }
        return new GraphQLRequest(text(request.getValue("query"), "query"),
                text(request.getValue("operationName"), "operationName"),
                object(request.getValue("variables"), "variables"),
                object(request.getValue("extensions"), "extensions"),
                text(request.getValue("documentId"), "documentId"));
    }

    /** A GET: {@code variables} and {@code extensions} are JSON texts in the query string. */
    static GraphQLRequest fromQueryString(MultiMap params) {
        return new GraphQLRequest(params.get("query"), params.get("operationName"),
                object(json(params.get("variables"), "variables"), "variables"),
                object(json(params.get("extensions"), "extensions"), "extensions"),
                params.get("documentId"));
    }

    /** A body of content type {@code application/graphql}: the document itself. */
    static GraphQLRequest ofDocument(String document) {
        return new GraphQLRequest(document, null, null, null, null);
    }

    Map<String, Object> variableMap() {
        return variables == null ? Map.of() : variables.getMap();
    }

    private static String text(Object value, String name) {
        if (value == null || value instanceof String) {
            return (String) value;
        }
        throw RequestError.malformed(400, ErrorCodes.BAD_USER_INPUT, name + " must be a string.");
    }

    private static JsonObject object(Object value, String name) {
        if (value == null || value instanceof JsonObject) {
            return (JsonObject) value;
        }
        throw RequestError.malformed(400, ErrorCodes.BAD_USER_INPUT, name + " must be a JSON object.");
    }

    private static Object json(String text, String name) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        try {
            return Json.decodeValue(text);
        } catch (DecodeException e) {
            throw RequestError.malformed(400, ErrorCodes.BAD_USER_INPUT, name + " must be a JSON object.");
        }
    }
}
