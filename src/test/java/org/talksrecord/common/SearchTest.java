package org.talksrecord.common;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.talksrecord.support.GraphQL.post;
import static org.talksrecord.support.GraphQL.vars;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.talksrecord.support.Fixtures;
import org.talksrecord.support.Sample;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class SearchTest {

    private static final String SEARCH = """
            query($text: String!, $first: Int) { search(text: $text, first: $first) { score node { __typename id
              ... on Participant { name } ... on Statement { text } ... on Negotiation { title }
              ... on Agreement { title } ... on Exchange { location } } } }""";

    /** Rows past the newest ones a search ranks in full: one window's worth and one more. */
    private static final int PAST_THE_WINDOW = 2001;

    @Inject
    Fixtures fixtures;

    @ParameterizedTest
    @ValueSource(strings = {"zelenskyy", "Zelensky", "Зеленський", "ZELENSKÝ"})
    void everySpellingFindsThePersonFirst(String spelling) {
        post(SEARCH, vars("text", spelling))
                .body("data.search[0].node.__typename", equalTo("Participant"))
                .body("data.search[0].node.name", equalTo("Volodymyr Zelensky"));
    }

    @Test
    void searchCoversEveryTypeBestFirst() {
        JsonPath hits = post(SEARCH, vars("text", "istanbul")).extract().jsonPath();
        List<String> titles = hits.getList("data.search.node.title");
        assertThat(titles, hasItem(Sample.ISTANBUL_TALKS));
        List<Float> scores = hits.getList("data.search.score", Float.class);
        for (int i = 1; i < scores.size(); i++) {
            assertThat(scores.get(i - 1), greaterThanOrEqualTo(
                    scores.get(i)));
        }
        post(SEARCH, vars("text", "captivity")).body("data.search.node.text", hasItem(Sample.HOME_POST));
        post(SEARCH, vars("text", "prisoner exchange")).body("data.search.node.title", hasItem(Sample.AGREEMENT));
        post(SEARCH, vars("text", "belarusian border")).body("data.search.node.location",
                hasItem(Sample.EXCHANGE_LOCATION));
        post(SEARCH, vars("text", "home")).body("data.search.score", everyItem(greaterThan(0f)));
    }

    @Test
    void firstLimitsHits() {
        post(SEARCH, vars("text", "russia", "first", 1)).body("data.search", hasSize(1));
    }

    @Test
    void blankTextIsBadUserInput() {
        post(SEARCH, vars("text", "  ")).body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.field", equalTo("text"));
        post(SEARCH, vars("text", "x", "first", 101)).body("errors[0].extensions.field", equalTo("first"));
    }

    @Test
    void oldMatchesAreFoundPastTheNewestRows() {
        String marker = letters();
        long speaker = fixtures.participant("Window speaker " + System.nanoTime(), "PERSON");
        try {
            fixtures.statement(speaker, "An old remark on " + marker + "rare", OffsetDateTime.now().minusYears(9));
            fixtures.execute("insert into negotiation (title, format, status) values ($1, 'IN_PERSON', 'HELD')",
                    "Accord on " + marker + "common");
            fixtures.statements(speaker, PAST_THE_WINDOW, OffsetDateTime.now());
            fixtures.execute("insert into negotiation (title, format, status, summary) select 'Round ' || i || ' "
                    + marker + "', 'PHONE_CALL', 'HELD', $1 from generate_series(1, $2) i", marker + "common again",
                    PAST_THE_WINDOW);
            post(SEARCH, vars("text", marker + "rare")).body("errors", org.hamcrest.Matchers.nullValue())
                    .body("data.search.node.text", hasItem("An old remark on " + marker + "rare"));
            post(SEARCH, vars("text", marker + "common")).body("data.search", hasSize(20))
                    .body("data.search[0].node.title", equalTo("Accord on " + marker + "common"));
        } finally {
            fixtures.execute("delete from negotiation where title like $1", "% " + marker + "%");
            fixtures.removeParticipant(speaker);
        }
    }

    private static String letters() {
        return UUID.randomUUID().toString().replaceAll("[^a-f]", "");
    }
}
