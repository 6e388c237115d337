package org.talksrecord.common;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.talksrecord.support.GraphQL.post;
import static org.talksrecord.support.GraphQL.vars;

import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.talksrecord.support.Sample;
import org.talksrecord.support.SampleKeys;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class LookupTest {

    @Inject
    SampleKeys keys;

    @Test
    void exchangeOf23MayHasTwoSidesOf390() {
        String query = """
                query($id: ID!) { exchange(id: $id) {
                  id occurredOn location status totalReleased
                  negotiation { title } agreement { title prisonersPerSide }
                  sides { releasedBy { name } receivedBy { name } military civilians total }
                } }""";
        String id = keys.exchange(Sample.EXCHANGE_LOCATION);
        post(query, vars("id", id))
                .body("errors", nullValue())
                .body("data.exchange.id", equalTo(id))
                .body("data.exchange.occurredOn", equalTo("2025-05-23"))
                .body("data.exchange.status", equalTo("COMPLETED"))
                .body("data.exchange.totalReleased", equalTo(780))
                .body("data.exchange.negotiation.title", equalTo(Sample.ISTANBUL_TALKS))
                .body("data.exchange.agreement.prisonersPerSide", equalTo(1000))
                .body("data.exchange.sides.releasedBy.name", contains("Russia", "Ukraine"))
                .body("data.exchange.sides.receivedBy.name", contains("Ukraine", "Russia"))
                .body("data.exchange.sides.military", everyItem(equalTo(270)))
                .body("data.exchange.sides.civilians", everyItem(equalTo(120)))
                .body("data.exchange.sides.total", everyItem(equalTo(390)));
    }

    @Test
    void statementLinksToSpeakerAffiliationAndExchange() {
        String query = """
                query($id: ID!) { statement(id: $id) {
                  text language saidAt channel
                  speaker { name kind title aliases affiliation { name kind } }
                  exchange { occurredOn } negotiation { title }
                } }""";
        post(query, vars("id", keys.statement(Sample.HOME_POST)))
                .body("errors", nullValue())
                .body("data.statement.text", equalTo(Sample.HOME_POST))
                .body("data.statement.saidAt", equalTo("2025-05-25T15:00:00Z"))
                .body("data.statement.channel", equalTo("X"))
                .body("data.statement.speaker.name", equalTo("Volodymyr Zelensky"))
                .body("data.statement.speaker.kind", equalTo("PERSON"))
                .body("data.statement.speaker.aliases", contains("Zelenskyy", "Володимир Зеленський"))
                .body("data.statement.speaker.affiliation.name", equalTo("Ukraine"))
                .body("data.statement.exchange.occurredOn", equalTo("2025-05-23"))
                .body("data.statement.negotiation", nullValue());
    }

    @Test
    void plannedRoundPointsToPreviousRound() {
        String query = """
                query($id: ID!) { negotiation(id: $id) {
                  title format status startsAt previousRound { title format status location startsAt endsAt }
                } }""";
        post(query, vars("id", keys.negotiation(Sample.SECOND_ROUND)))
                .body("errors", nullValue())
                .body("data.negotiation.status", equalTo("PLANNED"))
                .body("data.negotiation.startsAt", nullValue())
                .body("data.negotiation.previousRound.title", equalTo(Sample.ISTANBUL_TALKS))
                .body("data.negotiation.previousRound.format", equalTo("IN_PERSON"))
                .body("data.negotiation.previousRound.location", equalTo("Istanbul"))
                .body("data.negotiation.previousRound.startsAt", equalTo("2025-05-16T10:30:00Z"))
                .body("data.negotiation.previousRound.endsAt", equalTo("2025-05-16T12:30:00Z"));
    }

    @Test
    void agreementLinksToItsNegotiation() {
        post("query($id: ID!) { agreement(id: $id) { title reachedOn prisonersPerSide negotiation { title } } }",
                vars("id", keys.agreement(Sample.AGREEMENT)))
                .body("errors", nullValue())
                .body("data.agreement.reachedOn", equalTo("2025-05-16"))
                .body("data.agreement.prisonersPerSide", equalTo(1000))
                .body("data.agreement.negotiation.title", equalTo(Sample.ISTANBUL_TALKS));
    }

    @Test
    void nodeResolvesEveryType() {
        String query = """
                query($id: ID!) { node(id: $id) { __typename id
                  ... on Participant { name } ... on Negotiation { title } ... on Agreement { title }
                  ... on Exchange { occurredOn } ... on Statement { text } } }""";
        String trump = keys.participant("Donald Trump");
        post(query, vars("id", trump))
                .body("data.node.__typename", equalTo("Participant"))
                .body("data.node.id", equalTo(trump))
                .body("data.node.name", equalTo("Donald Trump"));
        post(query, vars("id", keys.negotiation(Sample.PHONE_CALL)))
                .body("data.node.__typename", equalTo("Negotiation"))
                .body("data.node.title", equalTo(Sample.PHONE_CALL));
        post(query, vars("id", keys.agreement(Sample.AGREEMENT)))
                .body("data.node.__typename", equalTo("Agreement"));
        post(query, vars("id", keys.exchange(Sample.EXCHANGE_LOCATION)))
                .body("data.node.__typename", equalTo("Exchange"))
                .body("data.node.occurredOn", equalTo("2025-05-23"));
        post(query, vars("id", keys.statement(Sample.TRUMP_POST)))
                .body("data.node.__typename", equalTo("Statement"))
                .body("data.node.text", equalTo(Sample.TRUMP_POST));
    }

    @Test
    void nodesKeepsOrderAndGivesNullForUnknown() {
        String query = "query($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }";
        String lavrov = keys.participant("Sergei Lavrov");
        String call = keys.negotiation(Sample.PHONE_CALL);
        String unknown = GlobalId.encode(NodeType.STATEMENT, 999_999);
        String putin = keys.participant("Vladimir Putin");
        post(query, vars("ids", List.of(call, lavrov, unknown, putin)))
                .body("errors", nullValue())
                .body("data.nodes", hasSize(4))
                .body("data.nodes[2]", nullValue())
                .body("data.nodes.id", contains(call, lavrov, putin))
                .body("data.nodes.__typename", contains("Negotiation", "Participant", "Participant"));
    }
}
