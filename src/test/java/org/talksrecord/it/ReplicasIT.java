package org.talksrecord.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.talksrecord.support.GraphQL.vars;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.talksrecord.changes.GraphQLSocket;
import org.talksrecord.support.Tokens;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.http.ContentType;
import io.vertx.core.json.JsonObject;

/**
 * Two instances of the packaged artifact on one database, as replicas behind a load balancer: a write through
 * either one reaches a subscriber of the other, since each instance listens to the database for commits.
 */
@QuarkusIntegrationTest
class ReplicasIT {

    private static final Path TARGET = Path.of("target").toAbsolutePath();
    private static final String[] SHARED = {"quarkus.datasource.reactive.url", "quarkus.datasource.jdbc.url",
            "quarkus.datasource.username", "quarkus.datasource.password", "mp.jwt.verify.publickey.location",
            "mp.jwt.verify.issuer"};

    private static Process second;
    private static String secondUrl;
    private static Path secondLog;

    @BeforeAll
    static void startASecondInstance() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        List<String> command = new ArrayList<>(launcher());
        command.add(1, "-Dquarkus.http.port=" + port);
        for (String key : SHARED) {
            String value = System.getProperty(key);
            assertTrue(value != null, key + " is given to the tests by the test resources");
            command.add(1, "-D" + key + "=" + value);
        }
        secondLog = Files.createTempFile(TARGET, "second-instance", ".log");
        second = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(secondLog.toFile()).start();
        secondUrl = "http://localhost:" + port;
        awaitReady(secondUrl + "/q/health/ready");
    }

    @AfterAll
    static void stopIt() throws InterruptedException {
        if (second != null) {
            second.destroy();
            if (!second.waitFor(30, TimeUnit.SECONDS)) {
                second.destroyForcibly().waitFor();
            }
        }
    }

    /** How the packaged artifact starts: the JAR with this JVM, or the native executable. */
    private static List<String> launcher() throws IOException {
        Properties artifact = new Properties();
        try (InputStream in = Files.newInputStream(TARGET.resolve("quarkus-artifact.properties"))) {
            artifact.load(in);
        }
        Path path = TARGET.resolve(artifact.getProperty("path"));
        if ("native".equals(artifact.getProperty("type"))) {
            return new ArrayList<>(List.of(path.toString()));
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ArrayList<>(List.of(java, "-jar", path.toString()));
    }

    private static void awaitReady(String health) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(deadline)) {
            assertTrue(second.isAlive(), () -> "the second instance exited:\n" + log());
            try {
                HttpURLConnection connection = (HttpURLConnection) URI.create(health).toURL().openConnection();
                connection.setConnectTimeout(1000);
                if (connection.getResponseCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the second instance did not become ready:\n" + log());
    }

    private static String log() {
        try {
            return Files.readString(secondLog);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String firstUrl() {
        return NodeScript.serviceUrl();
    }

    private static JsonObject post(String base, String query, JsonObject variables) {
        return new JsonObject(given().baseUri(base).port(URI.create(base).getPort()).contentType(ContentType.JSON)
                .header("Authorization", "Bearer " + Tokens.editor("replica-editor"))
                .body(new JsonObject().put("query", query).put("variables", variables).encode())
                .when().post("/graphql").then().statusCode(200).body("errors", nullValue()).extract().asString());
    }

    private static String createParticipant(String base, String name) {
        return post(base, "mutation($n: String!) { createParticipant(input: {name: $n, kind: STATE}) { id } }",
                vars("n", name)).getJsonObject("data").getJsonObject("createParticipant").getString("id");
    }

    /**
     * A subscriber cannot see when its subscription has joined; a first change it receives shows that it has,
     * and that the subscriptions it sent before on the same socket have too.
     */
    private static void aWriteThroughOneReachesASubscriberOfTheOther(String writer, String subscriber) {
        String speaker = createParticipant(writer, "Replica speaker " + System.nanoTime());
        try (GraphQLSocket socket = GraphQLSocket.connect(subscriber + "/graphql")) {
            socket.subscribe("s", """
                    subscription($f: StatementFilter) { statementRecorded(filter: $f) { id text speaker { id } } }""",
                    vars("f", vars("speakerId", speaker)));
            socket.subscribe("c", "subscription($ids: [ID!]) { changes(filter: {recordIds: $ids}) { kind by } }",
                    vars("ids", List.of(speaker)));
            JsonObject changed = null;
            for (int attempt = 0; attempt < 20 && changed == null; attempt++) {
                post(writer, "mutation($id: ID!, $n: String!) { updateParticipant(id: $id, input: {name: $n, "
                        + "kind: STATE}) { id } }", vars("id", speaker, "n", "Renamed " + attempt));
                changed = socket.dataWithin("c", 0, Duration.ofSeconds(2));
            }
            assertTrue(changed != null, "the update reached the other instance");
            assertEquals(List.of("UPDATED", "replica-editor"), List.of(changed.getJsonObject("changes")
                    .getString("kind"), changed.getJsonObject("changes").getString("by")));
            String text = "Said on " + writer;
            String statement = post(writer, "mutation($i: StatementInput!) { recordStatement(input: $i) { id } }",
                    vars("i", vars("text", text, "saidAt", "2025-06-01T10:00:00Z", "speakerId", speaker)))
                    .getJsonObject("data").getJsonObject("recordStatement").getString("id");
            JsonObject recorded = socket.data("s", 0).getJsonObject("statementRecorded");
            assertEquals(List.of(statement, text, speaker), List.of(recorded.getString("id"),
                    recorded.getString("text"), recorded.getJsonObject("speaker").getString("id")));
        }
    }

    @Test
    void aWriteThroughTheFirstInstanceReachesASubscriberOfTheSecond() {
        aWriteThroughOneReachesASubscriberOfTheOther(firstUrl(), secondUrl);
    }

    @Test
    void aWriteThroughTheSecondInstanceReachesASubscriberOfTheFirst() {
        aWriteThroughOneReachesASubscriberOfTheOther(secondUrl, firstUrl());
    }

    @Test
    void aCursorFromOneInstanceResumesOnTheOther() {
        String id = createParticipant(firstUrl(), "Resumed across " + System.nanoTime());
        String cursor = post(firstUrl(),
                "query($ids: [ID!]) { changes(filter: {recordIds: $ids}) { nodes { cursor } } }",
                vars("ids", List.of(id))).getJsonObject("data").getJsonObject("changes").getJsonArray("nodes")
                .getJsonObject(0).getString("cursor");
        for (String name : List.of("Second name", "Third name")) {
            post(firstUrl(), "mutation($id: ID!, $n: String!) { updateParticipant(id: $id, input: {name: $n, "
                    + "kind: STATE}) { id } }", vars("id", id, "n", name));
        }
        try (GraphQLSocket socket = GraphQLSocket.connect(secondUrl + "/graphql")) {
            socket.subscribe("r", """
                    subscription($after: String, $ids: [ID!]) { changes(after: $after, filter: {recordIds: $ids}) {
                      kind node { ... on Participant { name } } } }""", vars("after", cursor, "ids", List.of(id)));
            assertEquals("UPDATED", socket.data("r", 0).getJsonObject("changes").getString("kind"));
            assertEquals("UPDATED", socket.data("r", 1).getJsonObject("changes").getString("kind"));
            post(firstUrl(), "mutation($id: ID!) { deleteParticipant(id: $id) }", vars("id", id));
            JsonObject deleted = socket.data("r", 2).getJsonObject("changes");
            assertEquals("DELETED", deleted.getString("kind"));
            assertEquals(null, deleted.getValue("node"));
            assertEquals(3, socket.messages("r").size(), () -> "each once: " + socket.messages("r"));
        }
    }
}
