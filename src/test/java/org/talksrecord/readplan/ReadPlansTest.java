package org.talksrecord.readplan;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.talksrecord.support.GraphQL.vars;

import java.time.OffsetDateTime;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.talksrecord.common.NodeType;
import org.talksrecord.support.Fixtures;
import org.talksrecord.support.Sample;
import org.talksrecord.support.SampleKeys;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.core.json.JsonObject;

/**
 * Compiled plans answer exactly what the resolvers answer: every document here is posted (a plan answers) and
 * sent by GET (the resolvers answer), and the two responses must be the same JSON, key order included.
 */
@QuarkusTest
class ReadPlansTest {

    private static final String EVERY_NEGOTIATION_FIELD = """
            query($id: ID!) { negotiation(id: $id) {
              __typename id title format status location startsAt endsAt summary createdAt updatedAt createdBy updatedBy
              previousRound { title } nextRounds { title startsAt }
              agreements { id title reachedOn terms prisonersPerSide negotiation { title } exchanges { id occurredOn } }
              parties { role participant { id name kind aliases title affiliation { name } } represents { name } }
              statements(first: 2) { __typename totalCount pageInfo { hasNextPage hasPreviousPage }
                nodes { id text language saidAt channel url speaker { name } negotiation { title } exchange { id } } }
              exchanges { totalCount nodes { id occurredOn location status totalReleased negotiation { title }
                agreement { title } sides { releasedBy { name } receivedBy { name } military civilians total }
                statements { totalCount nodes { text } } } }
            } }""";

    @Inject
    ReadPlans plans;

    @Inject
    SampleKeys keys;

    @Inject
    Fixtures fixtures;

    @Inject
    MeterRegistry registry;

    private String speaker;

    @BeforeEach
    void speakerWithAwkwardStatements() {
        long key = fixtures.participant("Plan Speaker " + System.nanoTime(), "PERSON");
        fixtures.statement(key, "\"Quoted\", back\\slash,\nnew line,\ttab, ü, Київ, 😀",
                OffsetDateTime.parse("2033-01-01T10:00:00.120Z"));
        fixtures.statement(key, "On the minute", OffsetDateTime.parse("2033-01-01T10:00:00Z"));
        fixtures.statement(key, "Micro", OffsetDateTime.parse("2033-01-01T09:59:59.000001Z"));
        speaker = Fixtures.id(NodeType.PARTICIPANT, key);
    }

    @Test
    void benchmarkShapesMatchTheResolvers() {
        assertSame(
                "{ negotiations(first: 20) { nodes { title startsAt location parties { role participant { name } } } } }",
                new JsonObject());
        assertSame(
                """
                        query Q2($id: ID!) { negotiation(id: $id) { title parties { role participant { name } }
                          statements(first: 10) { nodes { text saidAt speaker { name } } }
                          exchanges(first: 10) { nodes { sides { releasedBy { name } military civilians } agreement { title } } } } }""",
                vars("id", keys.negotiation(Sample.ISTANBUL_TALKS)));
        String q3 = "query($id: ID!) { participant(id: $id) { name aliases statements(first: 20) { nodes { text saidAt "
                + "negotiation { title } } } } }";
        assertSame(q3, vars("id", keys.participant("Volodymyr Zelensky")));
        assertSame(q3, vars("id", speaker));
    }

    @Test
    void everyCoveredFieldMatchesTheResolvers() {
        for (String title : new String[]{Sample.ISTANBUL_TALKS, Sample.SECOND_ROUND, Sample.PHONE_CALL}) {
            assertSame(EVERY_NEGOTIATION_FIELD, vars("id", keys.negotiation(title)));
        }
        assertSame("""
                query($id: ID!, $s: ID!, $a: ID!) {
                  exchange(id: $id) { id status totalReleased sides { total receivedBy { kind } } }
                  statement(id: $s) { text saidAt speaker { name title } }
                  agreement(id: $a) { title reachedOn exchanges { location } negotiation { status } } }""",
                vars("id", keys.exchange(Sample.EXCHANGE_LOCATION), "s", keys.statement(Sample.HOME_POST),
                        "a", keys.agreement(Sample.AGREEMENT)));
    }

    @Test
    void rootListsPagesAndEdgeValuesMatchTheResolvers() {
        assertSame("""
                query($n: Int = 3) {
                  participants(first: $n) { totalCount pageInfo { hasNextPage hasPreviousPage } nodes { name } }
                  statements(first: 5) { nodes { text saidAt } }
                  exchanges { totalCount nodes { occurredOn } }
                  agreements(first: 1) { pageInfo { hasNextPage } nodes { title } }
                  negotiations(first: 0) { totalCount pageInfo { hasNextPage } nodes { title } } }""",
                new JsonObject());
        assertSame("query($n: Int) { negotiations(first: $n, filter: null) { nodes { title } } }", vars("n", 100));
        String sized = "query($n: Int, $m: Int) { participants(first: $n) { pageInfo { hasNextPage } nodes { name } }"
                + " statements(first: $m) { totalCount } }";
        for (int n = 0; n <= 3; n++) {
            assertSame(sized, vars("n", n, "m", 3 - n));
        }
        assertSame("query($id: ID!) { negotiation(id: $id) { title } participant(id: $id) { name } }",
                vars("id", keys.participant("Russia")));
        assertSame("query($id: ID!) { statement(id: $id) { text } }",
                vars("id", Fixtures.id(NodeType.STATEMENT, 1L << 40)));
    }

    @Test
    void aliasesFragmentsAndTypenamesMatchTheResolvers() {
        assertSame("""
                query Page($id: ID!) { __typename
                  who: participant(id: $id) { ...Named ... on Node { id } ... { kind }
                    latest: statements(first: 1) { nodes { ...Said } } all: statements { count: totalCount } } }
                fragment Named on Participant { __typename label: name aliases }
                fragment Said on Statement { when: saidAt text }""",
                vars("id", speaker));
    }

    @Test
    void documentsAndValuesPlansDoNotCoverStillGetTheResolversAnswer() {
        String edges = "{ negotiations(first: 2) { edges { cursor node { title } } } }";
        String directive = "query($x: Boolean!) { negotiations(first: 2) { nodes { title @include(if: $x) } } }";
        String unlisted = "{ negotiations(first: 2) { nodes { sources { url } } } }";
        String mutation = "mutation { deleteStatement(id: \"x\") }";
        for (String query : new String[]{edges, directive, unlisted, mutation, "{ negotiations { nodes { nope } } }"}) {
            assertFalse(plans.covers(query, null), query);
        }
        assertResolversAnswer(directive, vars("x", true));
        String cursor = given().contentType(ContentType.JSON)
                .body(new JsonObject().put("query", edges).encode()).post("/graphql")
                .then().statusCode(200).extract().path("data.negotiations.edges[1].cursor");
        String afterCursor = "query($after: String) { negotiations(first: 2, after: $after) { nodes { title } } }";
        assertTrue(plans.covers(afterCursor, null));
        assertResolversAnswer(afterCursor, vars("after", cursor));
        assertResolversAnswer("query($id: ID!) { negotiation(id: $id) { title } }", vars("id", "not an id"));
        assertResolversAnswer("{ negotiations(first: 101) { nodes { title } } }", new JsonObject());
    }

    @Test
    void plannedAnswersKeepTheEndpointsHeaders() {
        String query = "{ negotiations(first: 1) { nodes { title } } }";
        double before = answered();
        given().contentType(ContentType.JSON).header("Origin", "https://app.example")
                .header("Accept", "application/json")
                .body(new JsonObject().put("query", query).encode()).post("/graphql")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", "https://app.example")
                .header("Content-Type", "application/json");
        given().contentType(ContentType.JSON).body(new JsonObject().put("query", query).encode()).post("/graphql")
                .then().statusCode(200)
                .header("Content-Type", "application/graphql-response+json; charset=UTF-8");
        assertEquals(before + 2, answered());
    }

    private void assertSame(String query, JsonObject variables) {
        assertTrue(plans.covers(query, null), "a plan covers " + query);
        double before = answered();
        JsonObject compiled = new JsonObject(post(query, variables));
        assertEquals(before + 1, answered(), "a plan answered " + query);
        JsonObject resolved = new JsonObject(given().queryParam("query", query)
                .queryParam("variables", variables.encode()).get("/graphql")
                .then().statusCode(200).extract().asString());
        assertNull(resolved.getValue("errors"), resolved.encode());
        assertEquals(resolved.encode(), compiled.encode());
    }

    private void assertResolversAnswer(String query, JsonObject variables) {
        double before = answered();
        JsonObject posted = new JsonObject(post(query, variables));
        assertEquals(before, answered(), "the resolvers answered " + query);
        JsonObject resolved = new JsonObject(given().queryParam("query", query)
                .queryParam("variables", variables.encode()).get("/graphql")
                .then().statusCode(200).extract().asString());
        assertEquals(resolved.encode(), posted.encode());
    }

    private static String post(String query, JsonObject variables) {
        return given().contentType(ContentType.JSON)
                .body(new JsonObject().put("query", query).put("variables", variables).encode())
                .post("/graphql").then().statusCode(200).extract().asString();
    }

    private double answered() {
        return registry.counter("talks.read.plans", "outcome", "answered").count();
    }
}
