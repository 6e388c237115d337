package org.talksrecord.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.talksrecord.support.Tokens;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * A mutation retried with the same Idempotency-Key and request returns the first answer and writes nothing more,
 * however the retries arrive; the same key with another request is CONFLICT.
 */
@QuarkusTest
@TestProfile(ReliabilityProfile.class)
class IdempotencyTest {

    private static final String CREATE = "mutation($input: ParticipantInput!) { createParticipant(input: $input) "
            + "{ id name version createdAt } }";

    @TestHTTPResource("/graphql")
    URI endpoint;

    @Inject
    Pool pool;

    private final String name = "Idempotent " + UUID.randomUUID();
    private final String token = Tokens.editor("idempotency-editor");

    @AfterEach
    void removeWhatWasWritten() {
        pool.preparedQuery("delete from participant where name like $1").execute(Tuple.of(name + "%")).await()
                .indefinitely();
    }

    private static JsonObject input(String name) {
        return new JsonObject().put("input", new JsonObject().put("name", name).put("kind", "PERSON"));
    }

    private Requests.Answer create(String key, JsonObject variables) {
        return new Requests(endpoint).post(Requests.GRAPHQL_RESPONSE, token, key, CREATE, variables);
    }

    @Test
    void aRetryReturnsTheFirstAnswerAndWritesNothing() {
        String key = UUID.randomUUID().toString();
        Requests.Answer first = create(key, input(name));
        assertTrue(first.ok(), first.text());
        assertNull(first.replayed());
        long changes = changesOf(name);

        Requests.Answer retry = create(key, input(name));
        assertEquals(200, retry.status());
        assertEquals(first.text(), retry.text(), "the identical answer");
        assertEquals("true", retry.replayed());
        // the same request with its variables' members in another order is the same request
        Requests.Answer reordered = create(key, new JsonObject().put("input",
                new JsonObject().put("kind", "PERSON").put("name", name)));
        assertEquals(first.text(), reordered.text());

        assertEquals(1, rows(name), "written once");
        assertEquals(1, changes);
        assertEquals(changes, changesOf(name), "logged once");
    }

    @Test
    void aRetryGetsTheAnswerKeptInPostgresqlAsAnyReplicaWould() {
        String key = UUID.randomUUID().toString();
        assertTrue(create(key, input(name)).ok());
        // as kept by another replica: the retry is answered from the table, not from this process
        String kept = "{\"data\":{\"createParticipant\":{\"id\":\"kept-by-another-replica\"}}}";
        pool.preparedQuery("update idempotency_key set answer = $2 where key = $1").execute(Tuple.of(key, kept))
                .await().indefinitely();
        Requests.Answer retry = create(key, input(name));
        assertEquals(kept, retry.text());
        assertEquals("true", retry.replayed());
        assertEquals(1, rows(name));
    }

    @Test
    void theSameKeyWithAnotherRequestIsConflictAndWritesNothing() {
        String key = UUID.randomUUID().toString();
        assertTrue(create(key, input(name)).ok());
        Requests.Answer other = create(key, input(name + " other"));
        assertEquals(409, other.status(), other.text());
        assertEquals("CONFLICT", other.code());
        assertEquals("Idempotency-Key", other.body().getJsonArray("errors").getJsonObject(0)
                .getJsonObject("extensions").getString("field"));
        assertEquals(0, rows(name + " other"));

        Requests.Answer json = new Requests(endpoint).post(Requests.JSON, token, key, CREATE,
                input(name + " other"));
        assertEquals(200, json.status());
        assertEquals("CONFLICT", json.code());
    }

    @Test
    void concurrentDuplicatesWriteExactlyOnce() throws Exception {
        String key = UUID.randomUUID().toString();
        int duplicates = ReliabilityProfile.MAX_ACTIVE_REQUESTS - 1;
        ExecutorService clients = Executors.newFixedThreadPool(duplicates);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Requests.Answer>> answers = new ArrayList<>();
        for (int i = 0; i < duplicates; i++) {
            answers.add(clients.submit(() -> {
                start.await();
                return create(key, input(name));
            }));
        }
        start.countDown();
        List<String> successes = new ArrayList<>();
        for (Future<Requests.Answer> future : answers) {
            Requests.Answer answer = future.get();
            if (answer.ok()) {
                successes.add(answer.text());
            } else {
                // still being answered by the first: a clear coded answer to retry
                assertEquals("CONFLICT", answer.code(), answer.text());
                assertEquals("1", answer.retryAfter());
            }
        }
        clients.shutdown();
        assertTrue(!successes.isEmpty());
        assertEquals(1, successes.stream().distinct().count(), "every success is the same answer");
        assertEquals(1, rows(name), "exactly one write");
        assertEquals(1, changesOf(name));
    }

    @Test
    void aWriteWhoseAnswerWasNeverKeptIsNotWrittenAgain() {
        String key = UUID.randomUUID().toString();
        assertTrue(create(key, input(name)).ok());
        // as after a crash between the commit and keeping the answer
        pool.preparedQuery("update idempotency_key set answer = null, created_at = now() - interval '1 hour' "
                + "where key = $1").execute(Tuple.of(key)).await().indefinitely();
        Requests.Answer retry = create(key, input(name));
        assertEquals(409, retry.status(), retry.text());
        assertEquals("CONFLICT", retry.code());
        assertTrue(retry.text().contains("was applied"), retry.text());
        assertEquals(1, rows(name));
    }

    @Test
    void aRetryWhileTheFirstIsStillAnsweringIsToldToRetry() {
        String key = UUID.randomUUID().toString();
        assertTrue(create(key, input(name)).ok());
        // committed, answer not kept yet: as while the first request reads its result back
        pool.preparedQuery("update idempotency_key set answer = null where key = $1").execute(Tuple.of(key)).await()
                .indefinitely();
        Requests.Answer retry = create(key, input(name));
        assertEquals(409, retry.status(), retry.text());
        assertEquals("CONFLICT", retry.code());
        assertEquals("1", retry.retryAfter());
        assertEquals(1, rows(name));
    }

    @Test
    void aKeyExpiresAfterTheRetention() {
        String key = UUID.randomUUID().toString();
        assertTrue(create(key, input(name)).ok());
        pool.preparedQuery("update idempotency_key set created_at = now() - interval '25 hours' where key = $1")
                .execute(Tuple.of(key)).await().indefinitely();
        Requests.Answer again = create(key, input(name));
        assertTrue(again.ok(), again.text());
        assertNull(again.replayed());
        assertEquals(2, rows(name), "an expired key no longer holds off the write");
    }

    @Test
    void aRefusedWriteDoesNotHoldItsKey() {
        String key = UUID.randomUUID().toString();
        Requests.Answer refused = create(key, input(""));
        assertEquals("BAD_USER_INPUT", refused.code(), refused.text());
        Requests.Answer written = create(key, input(name));
        assertTrue(written.ok(), written.text());
        assertEquals(1, rows(name));
    }

    @Test
    void onlyAnEditorGetsTheKeptAnswer() {
        String key = UUID.randomUUID().toString();
        assertTrue(create(key, input(name)).ok());
        Requests.Answer anonymous = new Requests(endpoint).post(Requests.GRAPHQL_RESPONSE, null, key, CREATE,
                input(name));
        assertEquals("UNAUTHENTICATED", anonymous.code(), anonymous.text());
        Requests.Answer reader = new Requests(endpoint).post(Requests.GRAPHQL_RESPONSE, Tokens.reader(), key, CREATE,
                input(name));
        assertEquals("FORBIDDEN", reader.code(), reader.text());
    }

    @Test
    void malformedKeysAndSeveralFieldsAreRefused() {
        Requests.Answer tooLong = create("k".repeat(256), input(name));
        assertEquals(400, tooLong.status());
        assertEquals("BAD_USER_INPUT", tooLong.code());
        Requests.Answer spaces = create("a key", input(name));
        assertEquals("BAD_USER_INPUT", spaces.code());
        Requests.Answer two = new Requests(endpoint).post(Requests.GRAPHQL_RESPONSE, token,
                UUID.randomUUID().toString(), "mutation($input: ParticipantInput!) { a: createParticipant(input: "
                        + "$input) { id } b: createParticipant(input: $input) { id } }",
                input(name));
        assertEquals(400, two.status(), two.text());
        assertEquals("BAD_USER_INPUT", two.code());
        assertEquals(0, rows(name));
    }

    private long rows(String participant) {
        return pool.preparedQuery("select count(*) from participant where name = $1").execute(Tuple.of(participant))
                .await().indefinitely().iterator().next().getLong(0);
    }

    private long changesOf(String participant) {
        return pool.preparedQuery("select count(*) from change_log c join participant p on p.id = c.record_id "
                + "and c.record_type = 'PARTICIPANT' where p.name = $1").execute(Tuple.of(participant)).await()
                .indefinitely().iterator().next().getLong(0);
    }
}
