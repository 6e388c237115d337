package org.talksrecord.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.vertx.core.json.JsonObject;

/**
 * With as many requests at work as a replica admits (6 here), the next ones are refused at once with a coded
 * SERVICE_UNAVAILABLE and Retry-After, and a refused connection is read again only after a pause; once the load is
 * gone, requests are answered again at once.
 */
@QuarkusTest
@TestProfile(ReliabilityProfile.class)
class OverloadTest {

    private static final String FILTERED = "query($name: String) { participants(first: 5, filter: {name: $name}) "
            + "{ nodes { id } } }";

    @TestHTTPResource("/graphql")
    URI endpoint;

    @Test
    void theExcessIsRefusedAtOnceAndServiceResumesWhenTheLoadIsGone() throws Exception {
        Requests requests = new Requests(endpoint);
        ExecutorService clients = Executors.newFixedThreadPool(ReliabilityProfile.MAX_ACTIVE_REQUESTS + 10);
        try (SlowDatabase slow = new SlowDatabase()) {
            // these hold every admission for the whole budget
            List<Future<Requests.Answer>> admitted = new ArrayList<>();
            for (int i = 0; i < ReliabilityProfile.MAX_ACTIVE_REQUESTS; i++) {
                admitted.add(clients.submit(() -> requests.post(Requests.GRAPHQL_RESPONSE, FILTERED,
                        new JsonObject().put("name", SlowDatabase.marker(30)))));
            }
            Thread.sleep(400);
            // each with a client of its own: a new connection
            List<Future<Requests.Answer>> refusals = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                refusals.add(clients.submit(() -> new Requests(endpoint).post(Requests.GRAPHQL_RESPONSE, FILTERED,
                        new JsonObject().put("name", "x"))));
            }
            Future<Requests.Answer> json = clients.submit(() -> new Requests(endpoint).post(Requests.JSON, FILTERED,
                    new JsonObject().put("name", "x")));
            // a client that retries at once on the same connection: its next request is read after the pause
            Requests retrying = new Requests(endpoint);
            assertEquals(503, retrying.post(Requests.GRAPHQL_RESPONSE, FILTERED, new JsonObject().put("name", "x"))
                    .status());
            Requests.Answer retried = retrying.post(Requests.GRAPHQL_RESPONSE, FILTERED,
                    new JsonObject().put("name", "x"));
            assertTrue(retried.millis() >= ReliabilityProfile.REFUSED_CONNECTION_PAUSE_MS - 100,
                    retried.millis() + " ms for the next request on a refused connection");

            for (Future<Requests.Answer> future : refusals) {
                Requests.Answer refused = future.get();
                assertEquals(503, refused.status(), refused.text());
                assertEquals("SERVICE_UNAVAILABLE", refused.code());
                assertEquals("1", refused.retryAfter());
                assertTrue(refused.millis() < 500, refused.millis() + " ms for a refusal");
            }
            assertEquals(200, json.get().status());
            assertEquals("SERVICE_UNAVAILABLE", json.get().code());
            for (Future<Requests.Answer> future : admitted) {
                Requests.Answer answer = future.get();
                // admitted requests end within their budget: stopped with TIMEOUT
                assertEquals("TIMEOUT", answer.code(), answer.text());
                assertTrue(answer.millis() < ReliabilityProfile.BUDGET_MS + 1000, answer.millis() + " ms");
            }
        } finally {
            clients.shutdownNow();
        }
        Requests.Answer resumed = requests.post(Requests.GRAPHQL_RESPONSE, FILTERED,
                new JsonObject().put("name", "x"));
        assertTrue(resumed.ok(), resumed.text());
        assertTrue(resumed.millis() < 1000, resumed.millis() + " ms");
    }
}
