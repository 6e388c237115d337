package org.talksrecord.common;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.talksrecord.support.GraphQL.post;
import static org.talksrecord.support.GraphQL.vars;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.talksrecord.support.Fixtures;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Tuple;

/** Every read is answered by one SQL statement, however deep the query and however many rows it returns. */
@QuarkusTest
class BatchingTest {

    private static final String COUNTED = """
            query($first: Int!, $name: String!) {
              participants(first: $first, filter: {name: $name}) { totalCount nodes {
                name affiliation { name } members(first: $first) { totalCount nodes { name } }
                statements(first: $first) { totalCount nodes { text speaker { name } mentions { name } sources { url }
                  negotiation { title } exchange { occurredOn } } }
                negotiations(first: $first) { nodes { title parties { participant { name } } } }
              } }
            }""";
    private static final String NESTED = """
            query($first: Int!, $name: String!) {
              participants(first: $first, filter: {name: $name}) { totalCount nodes {
                name affiliation { name }
                statements(first: $first) { totalCount nodes { text speaker { name } mentions { name } sources { url } } }
                negotiations(first: $first) { nodes { title parties { participant { name } } } }
              } }
              negotiations(first: $first) { nodes { title parties { role participant { name } represents { name } }
                previousRound { title } exchanges { nodes { sides { releasedBy { name } total } totalReleased } }
                statements(first: $first) { nodes { speaker { name } } } } }
            }""";

    @Inject
    Fixtures fixtures;

    @TestHTTPResource("/graphql")
    URI endpoint;

    final List<Long> speakers = new ArrayList<>();
    String marker;

    @BeforeEach
    void generate() {
        fixtures.execute("create extension if not exists pg_stat_statements");
        marker = "Batch Speaker " + System.nanoTime();
        long mentioned = fixtures.participant(marker + " mentioned", "STATE");
        speakers.add(mentioned);
        for (int s = 0; s < 12; s++) {
            long speaker = fixtures.participant(marker + " " + s, "PERSON");
            speakers.add(speaker);
            List<Long> statements = fixtures.statements(speaker, 60, OffsetDateTime.parse("2032-01-01T00:00:00Z"));
            fixtures.execute("insert into statement_mention (statement_id, position, participant_id) "
                    + "select id, 0, $2 from unnest($1::int8[]) as id", statements.toArray(Long[]::new), mentioned);
        }
    }

    @AfterEach
    void remove() {
        speakers.forEach(fixtures::removeParticipant);
    }

    private long statementsExecutedFor(int first) {
        fixtures.execute("select pg_stat_statements_reset()");
        post(COUNTED, vars("first", first, "name", marker)).body("errors", nullValue());
        return fixtures.key("select coalesce(sum(calls), 0) from pg_stat_statements "
                + "where query not ilike '%pg_stat_statements%'", Tuple.tuple());
    }

    @Test
    void statementCountDoesNotGrowWithRows() {
        post(COUNTED, vars("first", 50, "name", marker))
                .body("data.participants.nodes", hasSize(13))
                .body("data.participants.nodes[1].statements.nodes", hasSize(50))
                .body("data.participants.nodes[1].statements.nodes[0].mentions[0].name",
                        equalTo(marker + " mentioned"));
        long small = statementsExecutedFor(5);
        long large = statementsExecutedFor(50);
        System.out.printf("SQL statements per nested request: %d at first: 5, %d at first: 50%n", small, large);
        assertEquals(small, large, "statements at first: 5 and first: 50");
        assertEquals(1, large, "one statement per request");
    }

    @Test
    void hundredConcurrentNestedQueriesAllAnswer() {
        HttpClient client = HttpClient.newHttpClient();
        String body = new JsonObject().put("query", NESTED).put("variables", vars("first", 10, "name", marker))
                .encode();
        List<CompletableFuture<HttpResponse<String>>> responses = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            HttpRequest request = HttpRequest.newBuilder(endpoint).header("content-type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
            responses.add(client.sendAsync(request, HttpResponse.BodyHandlers.ofString()));
        }
        for (CompletableFuture<HttpResponse<String>> response : responses) {
            HttpResponse<String> answer = response.join();
            assertEquals(200, answer.statusCode());
            JsonObject json = new JsonObject(answer.body());
            assertEquals(null, json.getValue("errors"), answer.body());
            assertEquals(13, json.getJsonObject("data").getJsonObject("participants").getInteger("totalCount"));
        }
    }
}
