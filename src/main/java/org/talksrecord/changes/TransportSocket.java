package org.talksrecord.changes;

import java.io.StringReader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.jboss.logging.Logger;
import org.reactivestreams.Publisher;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;
import org.talksrecord.common.ApiException;
import org.talksrecord.common.ErrorCodes;

import io.smallrye.graphql.JsonProviderHolder;
import io.smallrye.graphql.execution.ExecutionResponse;
import io.smallrye.graphql.execution.ExecutionResponseWriter;
import io.smallrye.graphql.execution.ExecutionService;
import io.vertx.core.AsyncResult;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.ServerWebSocket;
import io.vertx.core.json.JsonArray;

import graphql.ExecutionResult;
import graphql.execution.SubscriptionExecutionStrategy;
import graphql.execution.reactive.SubscriptionPublisher;
import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;

/**
 * One {@code graphql-transport-ws} socket: {@code connection_init} and its ack, ping and pong, a keep-alive ping
 * every ten seconds, and the operations, of which a socket runs at most a configured number. A socket without
 * {@code connection_init} is closed with 4408 in time, a subscription that ends with an error tells its client so
 * ({@code error} message with coded errors), and a client that reads slowly is not written to faster than its
 * socket drains. Idle, a socket holds its ping timer and this object, nothing of its upgrade request.
 */
final class TransportSocket {

    /** What one socket may do; {@code admits} says whether a document may run (the trusted documents mode). */
    record Limits(int maxOperations, Duration initTimeout, Function<String, Future<Boolean>> admits) {
    }

    private static final Logger LOG = Logger.getLogger(TransportSocket.class);
    private static final JsonReaderFactory READERS = JsonProviderHolder.JSON_PROVIDER.createReaderFactory(null);
    private static final long PING_EVERY_MILLIS = 10_000;
    private static final String ACK = "{\"type\":\"connection_ack\"}";
    private static final String PING = "{\"type\":\"ping\"}";

    private final Vertx vertx;
    private final ServerWebSocket socket;
    private final Limits limits;
    private final ExecutionService execution;
    // most sockets run one operation
    private final Map<String, Operation> operations = new ConcurrentHashMap<>(1);
    private final List<Operation> waitingForDrain = new ArrayList<>();
    private final long initTimer;
    private final long pingTimer;
    private volatile boolean initialised;

    TransportSocket(Vertx vertx, ServerWebSocket socket, Limits limits, ExecutionService execution) {
        this.vertx = vertx;
        this.socket = socket;
        this.limits = limits;
        this.execution = execution;
        this.initTimer = vertx.setTimer(Math.max(1, limits.initTimeout().toMillis()), timer -> {
            if (!initialised) {
                close(4408, "Connection initialisation timeout");
            }
        });
        this.pingTimer = vertx.setPeriodic(PING_EVERY_MILLIS, PING_EVERY_MILLIS, timer -> send(PING));
        socket.drainHandler(ignored -> resumeWriters());
    }

    void onMessage(String text) {
        JsonValue message;
        try (JsonReader reader = READERS.createReader(new StringReader(text))) {
            message = reader.readValue();
        } catch (RuntimeException e) {
            message = null;
        }
        if (message instanceof JsonObject object) {
            try {
                dispatch(object);
            } catch (RuntimeException e) {
                // fields of the wrong types
                refuseInvalid();
            }
        } else {
            refuseInvalid();
        }
    }

    private void dispatch(JsonObject message) {
        JsonValue type = message.get("type");
        switch (type instanceof JsonString text ? text.getString() : "") {
            case "connection_init" -> {
                if (message.containsKey("payload") && !(message.get("payload") instanceof JsonObject)
                        && message.get("payload") != JsonValue.NULL) {
                    refuseInvalid();
                    return;
                }
                initialise();
            }
            case "subscribe" -> subscribe(message);
            case "complete" -> complete(message);
            case "ping" -> pong(message);
            case "pong" -> {
            }
            default -> refuseInvalid();
        }
    }

    void onThrowable(Throwable failure) {
        // clients that vanish without a close frame are ordinary
        LOG.debugf("WebSocket failed: %s", failure);
    }

    /** A message the protocol does not have (binary frames included) closes the socket with 4400. */
    void refuseInvalid() {
        close(4400, "Invalid message received");
    }

    void onClose() {
        vertx.cancelTimer(initTimer);
        vertx.cancelTimer(pingTimer);
        operations.values().forEach(Operation::cancel);
        operations.clear();
    }

    private void initialise() {
        if (initialised) {
            close(4429, "Too many initialisation requests");
            return;
        }
        initialised = true;
        vertx.cancelTimer(initTimer);
        send(ACK);
    }

    private void pong(JsonObject ping) {
        JsonValue payload = ping.get("payload");
        send(payload instanceof JsonObject ? "{\"type\":\"pong\",\"payload\":" + payload + "}" : "{\"type\":\"pong\"}");
    }

    private void subscribe(JsonObject message) {
        if (!initialised) {
            close(4401, "Unauthorized");
            return;
        }
        String id = message.get("id") instanceof JsonString text ? text.getString() : null;
        JsonObject payload = message.get("payload") instanceof JsonObject object ? object : null;
        if (id == null || id.isEmpty() || payload == null || !(payload.get("query") instanceof JsonString)) {
            refuseInvalid();
            return;
        }
        if (operations.containsKey(id)) {
            close(4409, "Subscriber for " + id + " already exists");
            return;
        }
        if (operations.size() >= limits.maxOperations()) {
            sendError(id, error(ErrorCodes.BAD_USER_INPUT, "This connection already runs " + limits.maxOperations()
                    + " operations, the most one connection may. Complete one, or open another connection."));
            return;
        }
        if (isMutation(payload)) {
            sendError(id, error(ErrorCodes.BAD_USER_INPUT, "Send mutations by POST to the GraphQL endpoint."));
            return;
        }
        Operation operation = new Operation(id);
        operations.put(id, operation);
        Context here = vertx.getOrCreateContext();
        limits.admits().apply(((JsonString) payload.get("query")).getString()).onComplete(admitted -> {
            if (Vertx.currentContext() != here) {
                here.runOnContext(ignored -> admit(id, operation, payload, admitted));
            } else {
                admit(id, operation, payload, admitted);
            }
        });
    }

    /** Runs an admitted operation; refuses one the trusted documents mode does not admit. */
    private void admit(String id, Operation operation, JsonObject payload, AsyncResult<Boolean> admitted) {
        if (operation.cancelled) {
            return;
        }
        if (admitted.failed() || !admitted.result()) {
            operations.remove(id, operation);
            sendError(id, admitted.failed()
                    ? error(ErrorCodes.SERVICE_UNAVAILABLE, "The service cannot check documents right now.")
                    : error(ErrorCodes.FORBIDDEN, "Only trusted documents run on this service: send the text of "
                            + "a document from its manifest."));
            return;
        }
        // no request context, identity or headers: operations over a socket only read
        Map<String, Object> context = new HashMap<>();
        context.put("runBlocking", false);
        context.put(SubscriptionExecutionStrategy.KEEP_SUBSCRIPTION_EVENTS_ORDERED, true);
        execution.executeAsync(payload, context, operation);
    }

    private void complete(JsonObject message) {
        if (!(message.get("id") instanceof JsonString id)) {
            refuseInvalid();
            return;
        }
        Operation operation = operations.remove(id.getString());
        if (operation != null) {
            operation.cancel();
        }
    }

    /** Whether the document's chosen operation is a mutation; documents that do not parse are left to SmallRye. */
    private static boolean isMutation(JsonObject payload) {
        String name = payload.get("operationName") instanceof JsonString text ? text.getString() : null;
        Document document;
        try {
            document = Parser.parse(ParserEnvironment.newParserEnvironment()
                    .document(((JsonString) payload.get("query")).getString())
                    .parserOptions(ParserOptions.getDefaultOperationParserOptions()).build());
        } catch (InvalidSyntaxException e) {
            return false;
        }
        return document.getDefinitionsOfType(OperationDefinition.class).stream()
                .filter(operation -> name == null || name.equals(operation.getName()))
                .findFirst()
                .map(operation -> operation.getOperation() == OperationDefinition.Operation.MUTATION)
                .orElse(false);
    }

    private void resumeWriters() {
        List<Operation> resuming;
        synchronized (waitingForDrain) {
            resuming = new ArrayList<>(waitingForDrain);
            waitingForDrain.clear();
        }
        resuming.forEach(Operation::requestNext);
    }

    private void send(String message) {
        if (!socket.isClosed()) {
            socket.writeTextMessage(message);
        }
    }

    private void close(int status, String reason) {
        if (!socket.isClosed()) {
            socket.close((short) status, reason);
        }
    }

    private void sendError(String id, JsonArray errors) {
        send(new io.vertx.core.json.JsonObject().put("id", id).put("type", "error").put("payload", errors).encode());
    }

    private static JsonArray error(ErrorCodes code, String message) {
        return new JsonArray().add(new io.vertx.core.json.JsonObject().put("message", message)
                .put("extensions", new io.vertx.core.json.JsonObject().put("code", code.name())));
    }

    /**
     * One operation of the socket: its execution's answer, and for a subscription the stream of its results. The
     * hub's payloads are taken from its feed as they are, rendered once for all their subscribers, instead of
     * being executed again for each subscriber.
     */
    private final class Operation implements ExecutionResponseWriter, Subscriber<Object> {

        private final String id;
        private final String nextPrefix;
        private volatile Subscription subscription;
        private volatile boolean cancelled;

        Operation(String id) {
            this.id = id;
            this.nextPrefix = "{\"id\":" + io.vertx.core.json.Json.encode(id) + ",\"type\":\"next\",\"payload\":";
        }

        @Override
        public void write(ExecutionResponse response) {
            ExecutionResult result = response.getExecutionResult();
            Object data = result.isDataPresent() ? result.getData() : null;
            if (data instanceof SubscriptionPublisher results && results.getUpstreamPublisher() instanceof Feed feed) {
                feed.subscribe(this);
                return;
            }
            if (data instanceof Publisher<?> results) {
                results.subscribe(this);
                return;
            }
            if (!operations.remove(id, this)) {
                return;
            }
            if (data == null) {
                send("{\"id\":" + io.vertx.core.json.Json.encode(id) + ",\"type\":\"error\",\"payload\":"
                        + errorsOf(response) + "}");
            } else {
                next(response.getExecutionResultAsString());
                send(completeMessage());
            }
        }

        @Override
        public void fail(Throwable failure) {
            LOG.errorf(failure, "Cannot execute a GraphQL operation sent over WebSocket");
            if (operations.remove(id, this)) {
                sendError(id, error(ErrorCodes.INTERNAL_SERVER_ERROR, "Internal server error"));
            }
        }

        @Override
        public void onSubscribe(Subscription subscription) {
            this.subscription = subscription;
            if (cancelled) {
                subscription.cancel();
            } else {
                subscription.request(1);
            }
        }

        @Override
        public void onNext(Object result) {
            if (cancelled) {
                return;
            }
            next(result instanceof Payload payload
                    ? payload.rendered()
                    : new ExecutionResponse((ExecutionResult) result).getExecutionResultAsString());
            if (socket.writeQueueFull()) {
                synchronized (waitingForDrain) {
                    waitingForDrain.add(this);
                }
            } else {
                requestNext();
            }
        }

        @Override
        public void onError(Throwable failure) {
            if (!operations.remove(id, this)) {
                return;
            }
            if (failure instanceof ApiException api) {
                sendError(id, error(api.code(), api.getMessage()));
            } else {
                LOG.errorf(failure, "A subscription failed");
                sendError(id, error(ErrorCodes.INTERNAL_SERVER_ERROR, "Internal server error"));
            }
        }

        @Override
        public void onComplete() {
            if (operations.remove(id, this)) {
                send(completeMessage());
            }
        }

        void requestNext() {
            Subscription current = subscription;
            if (current != null && !cancelled) {
                current.request(1);
            }
        }

        void cancel() {
            cancelled = true;
            Subscription current = subscription;
            if (current != null) {
                current.cancel();
            }
        }

        private void next(String payload) {
            send(nextPrefix + payload + "}");
        }

        private String completeMessage() {
            return "{\"id\":" + io.vertx.core.json.Json.encode(id) + ",\"type\":\"complete\"}";
        }

        private String errorsOf(ExecutionResponse response) {
            var errors = response.getExecutionResultAsJsonObject().getJsonArray("errors");
            return errors != null
                    ? errors.toString()
                    : error(ErrorCodes.INTERNAL_SERVER_ERROR, "Internal server error").encode();
        }
    }
}
