package org.talksrecord.common;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.talksrecord.support.GraphQL.post;
import static org.talksrecord.support.GraphQL.vars;

import java.time.OffsetDateTime;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.talksrecord.support.Fixtures;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class PagingRulesTest {

    private static final String STATEMENTS = """
            query($first: Int, $after: String, $speaker: ID) {
              statements(first: $first, after: $after, filter: {speakerId: $speaker}) {
                edges { cursor } pageInfo { hasNextPage endCursor } } }""";

    @Inject
    Fixtures fixtures;

    long speaker;

    @BeforeEach
    void generate() {
        speaker = fixtures.participant("Rules Speaker " + System.nanoTime(), "PERSON");
        fixtures.statements(speaker, 30, OffsetDateTime.parse("2031-01-01T00:00:00Z"));
    }

    @AfterEach
    void remove() {
        fixtures.removeParticipant(speaker);
    }

    private String speakerId() {
        return Fixtures.id(NodeType.PARTICIPANT, speaker);
    }

    @Test
    void firstDefaultsToTwenty() {
        post(STATEMENTS, vars("speaker", speakerId())).body("data.statements.edges", hasSize(20));
    }

    @Test
    void firstZeroGivesAnEmptyPage() {
        post(STATEMENTS, vars("speaker", speakerId(), "first", 0))
                .body("errors", nullValue())
                .body("data.statements.edges", hasSize(0))
                .body("data.statements.pageInfo.hasNextPage", equalTo(true))
                .body("data.statements.pageInfo.endCursor", nullValue());
    }

    @Test
    void firstOfHundredIsAllowed() {
        post(STATEMENTS, vars("speaker", speakerId(), "first", 100))
                .body("errors", nullValue())
                .body("data.statements.edges", hasSize(30));
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 101, 1000})
    void firstOutOfRangeIsBadUserInput(int first) {
        post(STATEMENTS, vars("first", first))
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.field", equalTo("first"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"garbage", "c3RhdGVtZW50cw", "", "bmVnb3RpYXRpb25zOlNUQVJUU19BVDpERVNDCjEKfg"})
    void foreignOrMalformedCursorIsBadUserInput(String after) {
        post(STATEMENTS, vars("after", after))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.field", equalTo("after"));
    }

    @Test
    void cursorOfAnotherListIsRefused() {
        String participantCursor = post("{ participants(first: 1) { pageInfo { endCursor } } }").extract()
                .path("data.participants.pageInfo.endCursor");
        post(STATEMENTS, vars("after", participantCursor))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
    }

    @Test
    void cursorOfAnotherOrderIsRefused() {
        String byTitle = post("{ negotiations(first: 1, orderBy: {field: TITLE, direction: ASC}) "
                + "{ pageInfo { endCursor } } }").extract().path("data.negotiations.pageInfo.endCursor");
        post("query($after: String) { negotiations(after: $after) { totalCount } }", vars("after", byTitle))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        post("query($after: String) { negotiations(after: $after, orderBy: {field: TITLE, direction: ASC}) "
                + "{ nodes { title } } }", vars("after", byTitle))
                .body("errors", nullValue());
    }

    @Test
    void nestedListsPagePerParentWithTheirOwnCursors() {
        String query = """
                query($id: ID!, $after: String) { participant(id: $id) {
                  statements(first: 7, after: $after) { totalCount edges { cursor } pageInfo { endCursor } } } }""";
        String end = post(query, vars("id", speakerId())).body("data.participant.statements.totalCount", equalTo(30))
                .body("data.participant.statements.edges", hasSize(7))
                .extract().path("data.participant.statements.pageInfo.endCursor");
        post(query, vars("id", speakerId(), "after", end))
                .body("errors", nullValue())
                .body("data.participant.statements.edges", hasSize(7));
    }
}
