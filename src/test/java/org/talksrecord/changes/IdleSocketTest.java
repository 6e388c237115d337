package org.talksrecord.changes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.talksrecord.changes.SubscriptionsTest.awaitSubscribers;
import static org.talksrecord.support.GraphQL.vars;

import java.lang.ref.WeakReference;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.talksrecord.support.Fixtures;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.ext.web.RoutingContext;

/** An open socket keeps nothing of its upgrade request, so that ten thousand idle sockets fit a small heap. */
@QuarkusTest
class IdleSocketTest {

    @TestHTTPResource("/graphql")
    URL endpoint;

    @Inject
    ChangeHub hub;

    @Inject
    Fixtures fixtures;

    @AfterEach
    void removeCreatedParticipants() {
        CreatedParticipants.removeAll(fixtures);
    }

    @Test
    void theUpgradeRequestIsCollectedWhileItsSocketStaysOpenAndDelivers() {
        String speaker = SubscriptionsTest.createParticipant("Idle speaker " + System.nanoTime());
        awaitSubscribers(hub, 0);
        UpgradeRequests.forget();
        try (GraphQLSocket socket = GraphQLSocket.connect(endpoint.toString())) {
            socket.subscribe("s", "subscription($f: StatementFilter) { statementRecorded(filter: $f) { text } }",
                    vars("f", vars("speakerId", speaker)));
            awaitSubscribers(hub, 1);
            WeakReference<RoutingContext> upgrade = UpgradeRequests.latest();
            assertNotNull(upgrade, "the upgrade went through the GraphQL path");

            assertTrue(collected(upgrade), "the routing context of the upgrade is still reachable");

            assertFalse(socket.isClosed());
            SubscriptionsTest.recordStatement(speaker, "Said after the upgrade request went");
            assertEquals("Said after the upgrade request went",
                    socket.data("s", 0).getJsonObject("statementRecorded").getString("text"));
        }
    }

    private static boolean collected(WeakReference<?> reference) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (Instant.now().isBefore(deadline)) {
            System.gc();
            if (reference.get() == null) {
                return true;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }
}
