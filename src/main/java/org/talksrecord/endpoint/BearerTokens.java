package org.talksrecord.endpoint;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import io.vertx.core.Future;
import io.vertx.core.Vertx;

/**
 * Checks a bearer token before a mutation runs, so that an invalid, expired or wrongly signed one gets a coded
 * answer rather than the bare challenge of the authentication layer. Requests without a bearer token pass: the
 * mutation's own access check answers them.
 */
@ApplicationScoped
public class BearerTokens {

    private static final String BEARER = "bearer ";

    private final JWTParser parser;
    private final Vertx vertx;

    public BearerTokens(JWTParser parser, Vertx vertx) {
        this.parser = parser;
        this.vertx = vertx;
    }

    Future<Boolean> acceptable(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Future.succeededFuture(true);
        }
        String token = authorization.substring(BEARER.length()).trim();
        // the verification key may be fetched from the identity provider: off the event loop
        return vertx.executeBlocking(() -> {
            try {
                parser.parse(token);
                return true;
            } catch (ParseException e) {
                return false;
            }
        }, false);
    }
}
