package org.talksrecord.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/** GraphQL requests sent the way clients send them, from any number of threads, with their timing. */
final class Requests {

    static final String GRAPHQL_RESPONSE = "application/graphql-response+json";
    static final String JSON = "application/json";

    // HTTP/1.1 keeps one request per connection at a time, as most clients and proxies send them
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final URI endpoint;

    Requests(URI endpoint) {
        this.endpoint = endpoint;
    }

    record Answer(int status, String retryAfter, String replayed, String text, long millis) {

        JsonObject body() {
            return new JsonObject(text);
        }

        /** The first error's code, or null without errors. */
        String code() {
            JsonArray errors = body().getJsonArray("errors");
            return errors == null || errors.isEmpty()
                    ? null
                    : errors.getJsonObject(0).getJsonObject("extensions").getString("code");
        }

        boolean ok() {
            return status == 200 && !body().containsKey("errors") && body().getValue("data") != null;
        }
    }

    Answer post(String accept, String query, JsonObject variables) {
        return post(accept, null, null, query, variables);
    }

    Answer post(String accept, String token, String idempotencyKey, String query, JsonObject variables) {
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(30))
                .header("Content-Type", JSON).header("Accept", accept)
                .POST(HttpRequest.BodyPublishers.ofString(
                        new JsonObject().put("query", query).put("variables", variables).encode()));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        long started = System.nanoTime();
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.headers().firstValue("Retry-After").orElse(null),
                    response.headers().firstValue("Idempotent-Replayed").orElse(null), response.body(),
                    (System.nanoTime() - started) / 1_000_000);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The HTTP status of a GET of {@code path} (e.g. the readiness check) on the same server. */
    int status(String path) {
        try {
            return client.send(HttpRequest.newBuilder(endpoint.resolve(path)).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
