package org.talksrecord.endpoint;

import java.util.List;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.MIMEHeader;
import io.vertx.ext.web.RoutingContext;

/** The response media types of GraphQL over HTTP, chosen from the request's {@code Accept}. */
enum MediaType {
    GRAPHQL_RESPONSE("application/graphql-response+json; charset=utf-8"), JSON("application/json; charset=utf-8");

    private final String contentType;

    MediaType(String contentType) {
        this.contentType = contentType;
    }

    String contentType() {
        return contentType;
    }

    /** The first acceptable type in the client's order of preference; JSON without Accept; null if none fits. */
    static MediaType negotiate(RoutingContext context) {
        List<MIMEHeader> accepted = context.parsedHeaders().accept();
        if (accepted.isEmpty()) {
            String raw = context.request().getHeader(HttpHeaders.ACCEPT);
            return raw == null || raw.isBlank() ? JSON : null;
        }
        for (MIMEHeader accept : accepted) {
            String charset = accept.parameter("charset");
            if (charset != null && !charset.equalsIgnoreCase("utf-8")) {
                continue;
            }
            String type = accept.component() + "/" + accept.subComponent();
            if (type.equalsIgnoreCase("application/graphql-response+json")) {
                return GRAPHQL_RESPONSE;
            }
            if (type.equalsIgnoreCase("application/json") || type.equals("*/*")
                    || type.equalsIgnoreCase("application/*")) {
                return JSON;
            }
        }
        return null;
    }
}
