package org.talksrecord.generative;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One generated request and what is known about it. {@code document} and {@code variables} are kept for the
 * report; what is sent is {@code body} (POST) or {@code queryString} (GET).
 */
record Case(int index, long seed, Mode mode, String document, Map<String, Object> variables,
        String operationName, boolean mutation, Method method, Accept accept, Token token, String contentType,
        byte[] body, String queryString, Validity documentValidity, Validity variablesValidity, List<Tag> tags,
        Set<String> invalidVariables, int depth, int fields) {

    enum Mode {
        /** Valid documents with valid, ordinary values: the service must answer them. */
        CLEAN,
        /** Random documents with values right, odd and wrong, now and then nested beyond the depth limit. */
        MIXED,
        /** A valid document with one variable value that does not coerce to its type. */
        INVALID_VARIABLE,
        /** A document with one argument literal of the wrong type or format. */
        INVALID_LITERAL,
        /** A document that does not parse or does not validate, or exceeds a parser or complexity limit. */
        DOCUMENT_FAULT,
        /** A valid document nested far beyond the depth limit. */
        DEEP,
        /** A POST body that is not a well-formed GraphQL request. */
        RAW_BODY,
        /** A body over the 100 KiB limit. */
        OVERSIZED
    }

    enum Method {
        GET, POST
    }

    enum Accept {
        JSON("application/json"), GRAPHQL_RESPONSE("application/graphql-response+json");

        final String header;

        Accept(String header) {
            this.header = header;
        }
    }

    /** No editor token ever: nothing a generated request does may write. */
    enum Token {
        NONE, READER, GARBAGE
    }

    Validity validity() {
        return documentValidity.and(variablesValidity);
    }

    boolean oversized() {
        return mode == Mode.OVERSIZED;
    }

    int size() {
        return method == Method.GET ? queryString.length() : body.length;
    }

    /** How to run this case alone, and what it sent. */
    String describe() {
        StringBuilder out = new StringBuilder();
        out.append("case ").append(index).append(" (-Dgenerative.seed=").append(seed).append(" -Dgenerative.case=")
                .append(index).append("), ").append(mode).append(", ").append(method).append(", Accept: ")
                .append(accept.header).append(", token: ").append(token).append(", ").append(size())
                .append(" bytes\n");
        if (document != null) {
            out.append("  document: ").append(shorten(ascii(document), 1_500)).append('\n');
            out.append("  variables: ").append(variables == null ? "(none)" : shorten(Json.write(variables), 1_500))
                    .append('\n');
            if (operationName != null) {
                out.append("  operationName: ").append(operationName).append('\n');
            }
        } else {
            out.append("  body: ").append(shorten(ascii(new String(body, StandardCharsets.UTF_8)), 1_500))
                    .append('\n');
        }
        if (!tags.isEmpty()) {
            out.append("  deliberate: ").append(shorten(tags.toString(), 600)).append('\n');
        }
        return out.toString();
    }

    static String ascii(String text) {
        String json = Json.write(text);
        return json.substring(1, json.length() - 1);
    }

    static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max) + "… (" + text.length() + " chars)";
    }
}
