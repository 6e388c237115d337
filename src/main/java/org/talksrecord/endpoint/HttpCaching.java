package org.talksrecord.endpoint;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;

/**
 * HTTP caching of queries sent by GET: an ETag of the answer's bytes, {@code Cache-Control: public} with the
 * configured max-age, and 304 for a client that already holds the answer. Everything else is marked no-store.
 */
@ApplicationScoped
public class HttpCaching {

    private final String cacheControl;

    public HttpCaching(@ConfigProperty(name = "talks.http.cache-max-age") int maxAge) {
        this.cacheControl = "public, max-age=" + maxAge;
    }

    /** Marks a successful GET answer cacheable; true when the client's copy is current and 304 was sent. */
    boolean notModified(RoutingContext context, Buffer body) {
        String etag = '"' + digest(body) + '"';
        HttpServerResponse response = context.response();
        response.putHeader(HttpHeaders.ETAG, etag).putHeader(HttpHeaders.CACHE_CONTROL, cacheControl)
                .putHeader(HttpHeaders.VARY, "Accept, Origin");
        if (matches(context.request().getHeader(HttpHeaders.IF_NONE_MATCH), etag)) {
            response.setStatusCode(304).end();
            return true;
        }
        return false;
    }

    static void uncacheable(RoutingContext context) {
        context.response().putHeader(HttpHeaders.CACHE_CONTROL, "no-store");
    }

    private static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.equals("*") || tag.equals(etag) || tag.equals("W/" + etag)) {
                return true;
            }
        }
        return false;
    }

    private static String digest(Buffer body) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(body.getBytes());
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash).substring(0, 27);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
