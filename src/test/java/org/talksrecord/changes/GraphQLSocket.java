package org.talksrecord.changes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import io.vertx.core.json.JsonObject;

/**
 * A {@code graphql-transport-ws} client for the tests, on the JDK's WebSocket: sends protocol messages as JSON
 * and waits for the server's, keeping every message it received in order.
 */
public final class GraphQLSocket implements AutoCloseable {

    public static final Duration PATIENCE = Duration.ofSeconds(20);
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final WebSocket socket;
    private final List<JsonObject> received = new ArrayList<>();
    private final CompletableFuture<Integer> closed = new CompletableFuture<>();
    private volatile String closeReason;

    private GraphQLSocket(URI uri, String subprotocol) {
        Listener listener = new Listener();
        WebSocket.Builder builder = HTTP.newWebSocketBuilder().connectTimeout(PATIENCE);
        if (subprotocol != null) {
            builder.subprotocols(subprotocol);
        }
        this.socket = builder.buildAsync(uri, listener).orTimeout(PATIENCE.toSeconds(), TimeUnit.SECONDS).join();
    }

    /** Opens a socket to {@code endpoint} ({@code http://host:port/graphql}), speaking graphql-transport-ws. */
    public static GraphQLSocket open(String endpoint) {
        return open(endpoint, "graphql-transport-ws");
    }

    public static GraphQLSocket open(String endpoint, String subprotocol) {
        return new GraphQLSocket(URI.create(endpoint.replaceFirst("^http", "ws")), subprotocol);
    }

    /** Opens a socket and completes the handshake ({@code connection_init}, {@code connection_ack}). */
    public static GraphQLSocket connect(String endpoint) {
        GraphQLSocket socket = open(endpoint);
        socket.send(new JsonObject().put("type", "connection_init"));
        socket.await(message -> "connection_ack".equals(message.getString("type")), "connection_ack");
        return socket;
    }

    public void send(JsonObject message) {
        sendText(message.encode());
    }

    public void sendText(String text) {
        socket.sendText(text, true).orTimeout(PATIENCE.toSeconds(), TimeUnit.SECONDS).join();
    }

    public void subscribe(String id, String query, JsonObject variables) {
        send(new JsonObject().put("id", id).put("type", "subscribe")
                .put("payload", new JsonObject().put("query", query).put("variables", variables)));
    }

    public void complete(String id) {
        send(new JsonObject().put("id", id).put("type", "complete"));
    }

    /** The data of the {@code index}-th message (from 0) with this {@code id}, which must be a {@code next}. */
    public JsonObject data(String id, int index) {
        JsonObject message = await(id, index);
        assertEquals("next", message.getString("type"), () -> "message " + index + " of " + id + ": " + message);
        JsonObject payload = message.getJsonObject("payload");
        assertTrue(payload.getJsonArray("errors") == null, () -> "errors in " + payload);
        return payload.getJsonObject("data");
    }

    /** Like {@link #data}, or null when the message does not come within {@code patience}. */
    public JsonObject dataWithin(String id, int index, Duration patience) {
        Instant deadline = Instant.now().plus(patience);
        while (Instant.now().isBefore(deadline)) {
            if (messages(id).size() > index) {
                return data(id, index);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        return null;
    }

    /** The {@code index}-th message (from 0) with this {@code id}, waiting for it. */
    public JsonObject await(String id, int index) {
        return awaitNth(message -> id.equals(message.getString("id")), index, "message " + index + " of " + id);
    }

    /** The first message that matches, waiting for it. */
    public JsonObject await(Predicate<JsonObject> matches, String what) {
        return awaitNth(matches, 0, what);
    }

    /** The messages with {@code id} received so far. */
    public List<JsonObject> messages(String id) {
        synchronized (received) {
            return received.stream().filter(message -> id.equals(message.getString("id"))).toList();
        }
    }

    public List<JsonObject> messages() {
        synchronized (received) {
            return List.copyOf(received);
        }
    }

    /** Waits until the server closes the socket; its close code. */
    public int awaitClose(Duration within) {
        try {
            return closed.get(within.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            throw new AssertionError("the server did not close the socket within " + within, e);
        }
    }

    public String closeReason() {
        return closeReason;
    }

    public boolean isClosed() {
        return closed.isDone();
    }

    private JsonObject awaitNth(Predicate<JsonObject> matches, int index, String what) {
        Instant deadline = Instant.now().plus(PATIENCE);
        synchronized (received) {
            while (true) {
                List<JsonObject> found = received.stream().filter(matches).toList();
                if (found.size() > index) {
                    return found.get(index);
                }
                long left = Duration.between(Instant.now(), deadline).toMillis();
                if (left <= 0 || closed.isDone()) {
                    fail("waited in vain for " + what + (closed.isDone()
                            ? " (socket closed: " + closed.join() + " "
                                    + closeReason + ")"
                            : "") + "; received " + received);
                }
                try {
                    received.wait(Math.min(left, 100));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError(e);
                }
            }
        }
    }

    @Override
    public void close() {
        if (!closed.isDone()) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "").orTimeout(5, TimeUnit.SECONDS).exceptionally(e -> null)
                    .join();
            socket.abort();
        }
    }

    private final class Listener implements WebSocket.Listener {

        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                JsonObject message = new JsonObject(partial.toString());
                partial.setLength(0);
                synchronized (received) {
                    received.add(message);
                    received.notifyAll();
                }
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            closeReason = reason;
            closed.complete(statusCode);
            synchronized (received) {
                received.notifyAll();
            }
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            closeReason = String.valueOf(error);
            closed.complete(-1);
            synchronized (received) {
                received.notifyAll();
            }
        }
    }
}
