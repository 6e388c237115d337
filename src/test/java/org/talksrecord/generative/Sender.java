package org.talksrecord.generative;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.talksrecord.generative.Case.Method;
import org.talksrecord.generative.Case.Token;

/** Sends cases exactly as generated (bytes, headers, query string), with no client library in between. */
final class Sender {

    record Response(int status, String body) {
    }

    private static final List<String> GARBAGE_TOKENS = List.of("not.a.token", "a.b.c", "eyJhbGciOiJub25lIn0.e30.",
            "", "Bearer", "....", "eyJ" + "A".repeat(300));

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final URI graphql;
    private final String readerToken;

    Sender(URI graphql, String readerToken) {
        this.graphql = graphql;
        this.readerToken = readerToken;
    }

    Response send(Case sent) throws InterruptedException {
        HttpRequest.Builder request;
        if (sent.method() == Method.GET) {
            request = HttpRequest.newBuilder(URI.create(graphql + "?" + sent.queryString())).GET();
        } else {
            request = HttpRequest.newBuilder(graphql).POST(HttpRequest.BodyPublishers.ofByteArray(sent.body()))
                    .header("Content-Type", sent.contentType());
        }
        request.header("Accept", sent.accept().header).timeout(Duration.ofSeconds(30));
        if (sent.token() == Token.READER) {
            request.header("Authorization", "Bearer " + readerToken);
        } else if (sent.token() == Token.GARBAGE) {
            request.header("Authorization", "Bearer " + GARBAGE_TOKENS.get(sent.index() % GARBAGE_TOKENS.size()));
        }
        Response response = exchange(request.build());
        // a server may close the connection after its 413 while the client is still sending; ask again
        for (int retry = 0; retry < 3 && response.status() < 0 && sent.oversized(); retry++) {
            response = exchange(request.build());
        }
        return response;
    }

    Response post(String json) throws InterruptedException {
        return exchange(HttpRequest.newBuilder(graphql).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).timeout(Duration.ofSeconds(30)).build());
    }

    Response get(String path) throws InterruptedException {
        return exchange(HttpRequest.newBuilder(graphql.resolve(path)).GET().timeout(Duration.ofSeconds(30)).build());
    }

    private Response exchange(HttpRequest request) throws InterruptedException {
        try {
            HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return new Response(response.statusCode(), new String(response.body(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            return new Response(-1, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }
}
