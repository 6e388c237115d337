package org.talksrecord.statement;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.talksrecord.support.GraphQL.post;
import static org.talksrecord.support.GraphQL.vars;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.talksrecord.common.NodeType;
import org.talksrecord.support.Fixtures;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.vertx.core.json.JsonObject;

@QuarkusTest
class StatementPagingTest {

    private static final OffsetDateTime NEWEST = OffsetDateTime.of(2030, 1, 1, 12, 0, 0, 0, ZoneOffset.UTC);
    private static final String PAGE = """
            query($speaker: ID!, $after: String, $order: StatementOrder) {
              statements(first: 25, after: $after, filter: {speakerId: $speaker}, orderBy: $order) {
                totalCount edges { cursor node { id saidAt } }
                pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
              } }""";

    @Inject
    Fixtures fixtures;

    long speaker;
    List<Long> generated;

    @BeforeEach
    void generate() {
        speaker = fixtures.participant("Paging Speaker " + System.nanoTime(), "PERSON");
        generated = fixtures.statements(speaker, 110, NEWEST);
    }

    @AfterEach
    void remove() {
        fixtures.removeParticipant(speaker);
    }

    @Test
    void walkingPagesVisitsEveryRowOnceEvenWhenRowsArriveMeanwhile() {
        String speakerId = Fixtures.id(NodeType.PARTICIPANT, speaker);
        Set<String> seen = new HashSet<>();
        List<String> order = new ArrayList<>();
        String after = null;
        int pages = 0;
        do {
            JsonPath page = post(PAGE, vars("speaker", speakerId, "after", after)).body("errors", nullValue())
                    .extract().jsonPath();
            List<String> ids = page.getList("data.statements.edges.node.id");
            ids.forEach(id -> assertTrue(seen.add(id), "visited twice: " + id));
            order.addAll(page.getList("data.statements.edges.node.saidAt"));
            assertEquals(pages > 0, page.getBoolean("data.statements.pageInfo.hasPreviousPage"));
            assertEquals(page.getString("data.statements.edges[-1].cursor"),
                    page.getString("data.statements.pageInfo.endCursor"));
            after = page.getBoolean("data.statements.pageInfo.hasNextPage")
                    ? page.getString("data.statements.pageInfo.endCursor")
                    : null;
            // New rows, both newer and older than everything, arrive between pages.
            fixtures.statement(speaker, "Arrived later " + pages, NEWEST.plusDays(1));
            pages++;
        } while (after != null);
        Set<String> expected = new HashSet<>();
        generated.forEach(key -> expected.add(Fixtures.id(NodeType.STATEMENT, key)));
        assertTrue(seen.containsAll(expected), "every generated row is visited");
        assertEquals(5, pages);
        List<String> sorted = new ArrayList<>(order);
        sorted.sort((a, b) -> OffsetDateTime.parse(b).compareTo(OffsetDateTime.parse(a)));
        assertEquals(sorted, order, "newest first");
    }

    @Test
    void totalCountCountsEveryMatchNotThePage() {
        post(PAGE, vars("speaker", Fixtures.id(NodeType.PARTICIPANT, speaker)))
                .body("data.statements.totalCount", equalTo(110))
                .body("data.statements.edges", hasSize(25))
                .body("data.statements.pageInfo.hasNextPage", equalTo(true))
                .body("data.statements.pageInfo.hasPreviousPage", equalTo(false));
    }

    @Test
    void ascendingOrderWalksOldestFirst() {
        String speakerId = Fixtures.id(NodeType.PARTICIPANT, speaker);
        JsonPath first = post(PAGE, vars("speaker", speakerId, "order",
                new JsonObject().put("field", "SAID_AT").put("direction", "ASC")))
                .extract().jsonPath();
        List<String> times = first.getList("data.statements.edges.node.saidAt");
        assertEquals(NEWEST.minusHours(54).toInstant(), OffsetDateTime.parse(times.get(0)).toInstant());
        String cursor = first.getString("data.statements.pageInfo.endCursor");
        List<String> next = post(PAGE, vars("speaker", speakerId, "after", cursor, "order",
                new JsonObject().put("field", "SAID_AT").put("direction", "ASC")))
                .extract().jsonPath().getList("data.statements.edges.node.saidAt");
        assertTrue(OffsetDateTime.parse(next.get(0)).compareTo(OffsetDateTime.parse(times.get(24))) >= 0);
    }
}
