package org.talksrecord.changes;

import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.talksrecord.support.GraphQL.post;
import static org.talksrecord.support.GraphQL.postAs;
import static org.talksrecord.support.GraphQL.vars;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.talksrecord.readplan.LookAhead;
import org.talksrecord.support.Fixtures;
import org.talksrecord.support.Tokens;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;

/**
 * {@code changes(after:)} resumed while writers commit concurrently: every entry after the cursor arrives once,
 * in the log's order, across the switch from reading the log to live delivery. The test profile reads the log in
 * pages of a few positions, so the catch-up takes several pages.
 */
@QuarkusTest
class ResumeTest {

    private static final int WRITERS = 4;
    private static final int WRITES_EACH = 12;

    @TestHTTPResource("/graphql")
    URL endpoint;

    @Inject
    LoggedChanges log;

    @Inject
    Fixtures fixtures;

    @AfterEach
    void removeCreatedParticipants() {
        CreatedParticipants.removeAll(fixtures);
    }

    private static String create(String token, String name) {
        return CreatedParticipants
                .add(postAs(token, "mutation($n: String!) { createParticipant(input: {name: $n, kind: STATE}) { id } }",
                        vars("n", name)).statusCode(200).body("errors", nullValue()).extract()
                        .path("data.createParticipant.id"));
    }

    private static String cursorOf(String id) {
        return post("query($ids: [ID!]) { changes(filter: {recordIds: $ids}) { nodes { cursor } } }",
                vars("ids", List.of(id))).body("errors", nullValue()).extract().path("data.changes.nodes[0].cursor");
    }

    @Test
    void aResumedSubscriptionReceivesEveryEntryAfterItsCursorOnceInOrder() throws Exception {
        String editor = "resume-" + System.nanoTime();
        String token = Tokens.editor(editor);
        String start = cursorOf(create(token, "Resume start " + System.nanoTime()));
        long from = LookAhead.changePosition(start);
        ExecutorService threads = Executors.newFixedThreadPool(WRITERS);
        AtomicInteger written = new AtomicInteger();
        try (GraphQLSocket socket = GraphQLSocket.connect(endpoint.toString())) {
            List<Future<?>> writers = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                int writer = w;
                writers.add(threads.submit(() -> {
                    for (int i = 0; i < WRITES_EACH; i++) {
                        create(token, "Resume " + writer + "." + i + " " + System.nanoTime());
                        written.incrementAndGet();
                    }
                    return null;
                }));
            }
            while (written.get() < WRITERS * WRITES_EACH / 3) {
                Thread.sleep(5);
            }
            // resumes while the writers are still committing
            socket.subscribe("r", "subscription($after: String) { changes(after: $after) { cursor by } }",
                    vars("after", start));
            for (Future<?> writer : writers) {
                writer.get(120, TimeUnit.SECONDS);
            }
            String marker = create(token, "Resume end " + System.nanoTime());
            long end = LookAhead.changePosition(cursorOf(marker));
            List<Long> expected = log.after(from).stream().map(LoggedChanges.Entry::position)
                    .filter(position -> position <= end).toList();
            assertTrue(expected.size() >= WRITERS * WRITES_EACH + 1, "the log has every write: " + expected.size());
            socket.await("r", expected.size() - 1);
            Thread.sleep(300);
            List<Long> received = socket.messages("r").stream()
                    .map(message -> message.getJsonObject("payload").getJsonObject("data").getJsonObject("changes"))
                    .map(change -> LookAhead.changePosition(change.getString("cursor")))
                    .filter(position -> position <= end).toList();
            assertEquals(expected, received);
            assertEquals(List.of(), socket.messages("r").stream()
                    .filter(message -> !"next".equals(message.getString("type"))).toList());
            List<String> editors = socket.messages("r").stream()
                    .map(message -> message.getJsonObject("payload").getJsonObject("data").getJsonObject("changes"))
                    .map(change -> change.getString("by")).distinct().toList();
            assertTrue(editors.contains(editor), () -> "the writes are this test's: " + editors);
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void aCursorPastTheEndOfTheLogIsRefused() {
        String cursor = cursorOf(create(Tokens.editor("resume-far"), "Far " + System.nanoTime()));
        String[] parts = new String(java.util.Base64.getUrlDecoder().decode(cursor)).split("\n");
        String far = java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString((parts[0] + "\n999999999\n=999999999").getBytes());
        assertEquals(999_999_999L, LookAhead.changePosition(far), "a well-formed cursor");
        try (GraphQLSocket socket = GraphQLSocket.connect(endpoint.toString())) {
            socket.subscribe("f", "subscription($after: String) { changes(after: $after) { cursor } }",
                    vars("after", far));
            JsonObject refused = socket.await("f", 0);
            assertEquals("error", refused.getString("type"));
            assertEquals("BAD_USER_INPUT",
                    refused.getJsonArray("payload").getJsonObject(0).getJsonObject("extensions").getString("code"));
            socket.subscribe("g", "subscription($after: String) { changes(after: $after) { cursor } }",
                    vars("after", "not a cursor"));
            JsonObject malformed = socket.await("g", 0);
            assertEquals("error", malformed.getString("type"));
            assertEquals("after", malformed.getJsonArray("payload").getJsonObject(0).getJsonObject("extensions")
                    .getString("field"));
        }
    }
}
