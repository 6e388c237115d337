package org.talksrecord.common;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.talksrecord.support.GraphQL.post;
import static org.talksrecord.support.GraphQL.vars;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.talksrecord.support.Fixtures;
import org.talksrecord.support.Sample;
import org.talksrecord.support.SampleKeys;

import io.quarkus.test.junit.QuarkusTest;

/** Links and computed fields on the sample facts. */
@QuarkusTest
class LinksTest {

    @Inject
    SampleKeys keys;

    @Inject
    Fixtures fixtures;

    @Test
    void negotiationPartiesRoundsAgreementsAndExchanges() {
        String query = """
                query($id: ID!) { negotiation(id: $id) {
                  parties { role participant { name } represents { name } }
                  nextRounds { title previousRound { title } }
                  agreements { title releasedPerSide exchanges { occurredOn totalReleased } }
                  exchanges { totalCount nodes { location mediators { name } } }
                  statements { totalCount }
                } }""";
        post(query, vars("id", keys.negotiation(Sample.ISTANBUL_TALKS)))
                .body("errors", nullValue())
                .body("data.negotiation.parties.role", contains("DELEGATION", "DELEGATION", "HOST"))
                .body("data.negotiation.parties.participant.name", contains("Russia", "Ukraine", "Türkiye"))
                .body("data.negotiation.nextRounds.title", contains(Sample.SECOND_ROUND))
                .body("data.negotiation.nextRounds[0].previousRound.title", equalTo(Sample.ISTANBUL_TALKS))
                .body("data.negotiation.agreements.title", contains(Sample.AGREEMENT))
                .body("data.negotiation.agreements[0].releasedPerSide", equalTo(390))
                .body("data.negotiation.agreements[0].exchanges.totalReleased", contains(780))
                .body("data.negotiation.exchanges.totalCount", equalTo(1))
                .body("data.negotiation.exchanges.nodes[0].mediators", hasSize(0))
                .body("data.negotiation.statements.totalCount", equalTo(0));
        post("query($id: ID!) { negotiation(id: $id) { parties { participant { name } represents { name } } } }",
                vars("id", keys.negotiation(Sample.PHONE_CALL)))
                .body("data.negotiation.parties.represents.name", contains("United States", "Russia"));
    }

    @Test
    void participantListsItsMembersNegotiationsStatementsAndExchanges() {
        String query = """
                query($id: ID!) { participant(id: $id) {
                  members { totalCount nodes { name } }
                  negotiations { totalCount nodes { title } }
                  statements { totalCount }
                  exchanges { totalCount nodes { occurredOn } }
                } }""";
        post(query, vars("id", keys.participant("Russia")))
                .body("errors", nullValue())
                .body("data.participant.members.nodes.name", contains(
                        "Ministry of Defence of the Russian Federation", "Sergei Lavrov", "Vladimir Putin"))
                .body("data.participant.negotiations.nodes.title",
                        contains(Sample.PHONE_CALL, Sample.ISTANBUL_TALKS, Sample.SECOND_ROUND))
                .body("data.participant.exchanges.totalCount", equalTo(1));
        post(query, vars("id", keys.participant("Sergei Lavrov")))
                .body("data.participant.statements.totalCount", equalTo(2))
                .body("data.participant.members.totalCount", equalTo(0));
    }

    @Test
    void exchangeTotalsSumPerParticipant() {
        String query = """
                query($f: ExchangeFilter) { exchangeTotals(filter: $f) {
                  exchanges released military civilians byParticipant { participant { name } released received } } }""";
        post(query, vars("f", vars("to", "2025-12-31")))
                .body("errors", nullValue())
                .body("data.exchangeTotals.exchanges", equalTo(1))
                .body("data.exchangeTotals.released", equalTo(780))
                .body("data.exchangeTotals.military", equalTo(540))
                .body("data.exchangeTotals.civilians", equalTo(240))
                .body("data.exchangeTotals.byParticipant.participant.name", contains("Russia", "Ukraine"))
                .body("data.exchangeTotals.byParticipant.released", contains(390, 390))
                .body("data.exchangeTotals.byParticipant.received", contains(390, 390));
        post(query, vars("f", vars("status", "PLANNED", "to", "2025-12-31")))
                .body("data.exchangeTotals.exchanges", equalTo(0))
                .body("data.exchangeTotals.released", equalTo(0))
                .body("data.exchangeTotals.byParticipant", hasSize(0));
    }

    @Test
    void sourcesComeBackInTheirOrder() {
        long negotiation = keys.key(keys.negotiation(Sample.PHONE_CALL));
        fixtures.execute("insert into source (negotiation_id, position, url, title, publisher, published_on) "
                + "values ($1, 1, 'https://example.org/b', 'B', 'Pub', date '2025-05-20'), "
                + "($1, 0, 'https://example.org/a', null, null, null)", negotiation);
        try {
            post("query($id: ID!) { negotiation(id: $id) { sources { url title publisher publishedOn } } }",
                    vars("id", keys.negotiation(Sample.PHONE_CALL)))
                    .body("data.negotiation.sources.url", contains("https://example.org/a", "https://example.org/b"))
                    .body("data.negotiation.sources[1].publishedOn", equalTo("2025-05-20"));
        } finally {
            fixtures.execute("delete from source where negotiation_id = $1", negotiation);
        }
    }

    @Test
    void agreementsListAndStatementMentions() {
        post("{ agreements { totalCount edges { cursor node { title prisonersPerSide releasedPerSide "
                + "negotiation { title } } } } }")
                .body("data.agreements.totalCount", equalTo(1))
                .body("data.agreements.edges[0].node.releasedPerSide", equalTo(390))
                .body("data.agreements.edges[0].node.negotiation.title", equalTo(Sample.ISTANBUL_TALKS));
        post("query($id: ID!) { statement(id: $id) { mentions { name } sources { url } } }",
                vars("id", keys.statement(Sample.HOME_POST)))
                .body("data.statement.mentions.name", contains("Russia"))
                .body("data.statement.sources", hasSize(0));
    }
}
