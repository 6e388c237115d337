package org.talksrecord.reliability;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.talksrecord.common.BadUserInputException;
import org.talksrecord.common.ConflictException;

import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.Json;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;

/**
 * Mutations sent with an {@code Idempotency-Key} header: the first request with a key runs and its answer is kept
 * (in PostgreSQL, so any replica finds it); a retry with the same key and request gets that answer and writes
 * nothing; the same key with another request is {@code CONFLICT}. Keys count for the configured retention.
 */
@ApplicationScoped
public class Idempotency {

    public static final String HEADER = "Idempotency-Key";
    /** Set on an answer that repeats the answer to an earlier request with the same key. */
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";
    private static final int MAX_KEY_LENGTH = 255;
    private static final long POLL_MS = 100;
    private static final long CLEANUP_PERIOD_MS = Duration.ofHours(1).toMillis();
    private static final Logger LOG = Logger.getLogger(Idempotency.class);

    private static final String FIND = "select request_hash, answer, extract(epoch from now() - created_at) "
            + "from idempotency_key where key = $1 and created_at >= now() - make_interval(secs => $2)";
    private static final String KEEP = "update idempotency_key set answer = $3 "
            + "where key = $1 and request_hash = $2 and answer is null";
    private static final String EXPIRE = "delete from idempotency_key "
            + "where created_at < now() - make_interval(secs => $1)";

    private final Statements statements;
    private final Vertx vertx;
    private final Duration retention;
    private final Duration requestTimeout;

    public Idempotency(Statements statements, Vertx vertx,
            @ConfigProperty(name = "talks.idempotency.retention") Duration retention,
            @ConfigProperty(name = "talks.request-timeout") Duration requestTimeout) {
        this.statements = statements;
        this.vertx = vertx;
        this.retention = retention;
        this.requestTimeout = requestTimeout;
    }

    /** The answer to give after the mutation ran: its own, or an earlier request's with the same key. */
    public record Settled(Buffer answer, boolean replayed) {
    }

    private record Found(String hash, String answer, double ageSeconds) {
    }

    void expireRegularly(@Observes StartupEvent started) {
        vertx.setPeriodic(CLEANUP_PERIOD_MS, CLEANUP_PERIOD_MS, id -> statements
                .run(EXPIRE, Tuple.of((double) retention.toSeconds()))
                .onFailure(failure -> LOG.debugf("Expired idempotency keys not removed now: %s", failure)));
    }

    /**
     * The idempotent write a mutation request makes. Refuses a key that is empty, too long or not printable
     * ASCII, and an operation with more than one root field (each field is a transaction of its own).
     */
    public IdempotentWrite prepare(String key, String document, String operationName, JsonObject variables,
            int rootFields, RequestBudget budget) {
        if (key.isEmpty() || key.length() > MAX_KEY_LENGTH || !key.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw new BadUserInputException("The Idempotency-Key must be 1 to " + MAX_KEY_LENGTH
                    + " printable ASCII characters, e.g. a UUID.", HEADER);
        }
        if (rootFields != 1) {
            throw new BadUserInputException("An Idempotency-Key covers a mutation with exactly one field; send each "
                    + "mutation field in a request of its own.", HEADER);
        }
        String request = document + '\u0000' + (operationName == null ? "" : operationName) + '\u0000'
                + canonical(variables == null ? new JsonObject() : variables);
        return new IdempotentWrite(key, sha256(request), retention, budget);
    }

    /**
     * Before the mutation runs: the answer to replay, null when no committed write holds the key (run it), or a
     * {@code CONFLICT} (the key belongs to another request, or its write is still finishing).
     */
    public Future<Buffer> earlierAnswer(IdempotentWrite write) {
        return find(write).compose(found -> found == null ? Future.succeededFuture() : answerOf(write, found));
    }

    /**
     * After the mutation ran with {@code answer}. When its transaction claimed the key, the answer is kept for
     * retries (unless it only says that the request failed for the time being). Otherwise another request with
     * the key may have committed meanwhile: its answer is given instead.
     */
    public Future<Settled> settle(IdempotentWrite write, Buffer answer, boolean temporaryFailure) {
        Settled own = new Settled(answer, false);
        if (write.claimed()) {
            if (temporaryFailure) {
                return Future.succeededFuture(own);
            }
            return statements.run(KEEP, Tuple.of(write.key(), write.hash(), answer.toString()), requestTimeout)
                    .transform(kept -> {
                        if (kept.failed()) {
                            LOG.warnf("The answer to Idempotency-Key %s was not kept: %s", write.key(),
                                    kept.cause().getMessage());
                        }
                        return Future.succeededFuture(own);
                    });
        }
        return find(write).compose(found -> found == null
                ? Future.succeededFuture(own)
                : answerOf(write, found).map(earlier -> new Settled(earlier, true)));
    }

    private Future<Buffer> answerOf(IdempotentWrite write, Found found) {
        if (!found.hash().equals(write.hash())) {
            return Future.failedFuture(new ConflictException("This Idempotency-Key was used for a different "
                    + "request; send a new key with a new write.", HEADER));
        }
        if (found.answer() != null) {
            return Future.succeededFuture(Buffer.buffer(found.answer()));
        }
        if (found.ageSeconds() > 2.0 * requestTimeout.toSeconds()) {
            return Future.failedFuture(new ConflictException("The write sent with this Idempotency-Key was applied, "
                    + "but its answer was not kept; read the record to see it.", HEADER));
        }
        return awaitAnswer(write);
    }

    /** The write holding the key has committed and its answer is on the way: waits for it within the budget. */
    private Future<Buffer> awaitAnswer(IdempotentWrite write) {
        Promise<Buffer> answer = Promise.promise();
        poll(write, answer);
        return answer.future();
    }

    private void poll(IdempotentWrite write, Promise<Buffer> answer) {
        if (write.budget().remainingMillis() < 2 * POLL_MS) {
            answer.fail(new InProgressException());
            return;
        }
        vertx.setTimer(POLL_MS, id -> find(write).onComplete(found -> {
            if (found.failed()) {
                answer.fail(found.cause());
            } else if (found.result() != null && found.result().answer() != null) {
                answer.complete(Buffer.buffer(found.result().answer()));
            } else {
                poll(write, answer);
            }
        }));
    }

    private Future<Found> find(IdempotentWrite write) {
        return statements.run(FIND, Tuple.of(write.key(), (double) retention.toSeconds()), write.budget()).map(rows -> {
            if (rows.size() == 0) {
                return null;
            }
            Row row = rows.iterator().next();
            return new Found(row.getString(0), row.getString(1), row.getNumeric(2).doubleValue());
        });
    }

    /** A write with the key has committed but its answer is not kept yet. */
    public static final class InProgressException extends ConflictException {

        InProgressException() {
            super("A request with this Idempotency-Key is still being answered; retry in a second.", HEADER);
        }
    }

    /** JSON with the keys of every object in order, so that equal requests have equal texts. */
    static String canonical(Object value) {
        if (value instanceof JsonObject object) {
            StringBuilder text = new StringBuilder("{");
            for (String name : new TreeSet<>(object.fieldNames())) {
                text.append(text.length() > 1 ? "," : "").append(Json.encode(name)).append(':')
                        .append(canonical(object.getValue(name)));
            }
            return text.append('}').toString();
        }
        if (value instanceof JsonArray array) {
            StringBuilder text = new StringBuilder("[");
            for (int i = 0; i < array.size(); i++) {
                text.append(i > 0 ? "," : "").append(canonical(array.getValue(i)));
            }
            return text.append(']').toString();
        }
        return Json.encode(value);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
