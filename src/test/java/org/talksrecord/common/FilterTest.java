package org.talksrecord.common;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.talksrecord.support.GraphQL.post;
import static org.talksrecord.support.GraphQL.vars;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.talksrecord.support.Sample;
import org.talksrecord.support.SampleKeys;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.vertx.core.json.JsonObject;

/** Every field of every filter, on the sample facts (dated 2025, unlike any generated test rows). */
@QuarkusTest
class FilterTest {

    @Inject
    SampleKeys keys;

    private static ValidatableResponse list(String field, String filterType, String selection, JsonObject filter) {
        return post("query($f: " + filterType + ") { list: " + field + "(first: 100, filter: $f) { totalCount "
                + "nodes { " + selection + " } } }", vars("f", filter));
    }

    private static JsonObject f(Object... namesAndValues) {
        return vars(namesAndValues);
    }

    @Test
    void participantsByKindNameAndAffiliation() {
        list("participants", "ParticipantFilter", "name", f("kind", "STATE"))
                .body("data.list.totalCount", equalTo(7));
        for (String spelling : new String[]{"zelenskyy", "ZELENSKY", "Зеленський", "zelenský"}) {
            list("participants", "ParticipantFilter", "name", f("name", spelling))
                    .body("data.list.nodes.name", containsInAnyOrder("Volodymyr Zelensky"));
        }
        list("participants", "ParticipantFilter", "name", f("name", "turkey"))
                .body("data.list.nodes.name", containsInAnyOrder("Türkiye"));
        list("participants", "ParticipantFilter", "name",
                f("affiliationId", keys.participant("Russia"), "kind", "PERSON"))
                .body("data.list.nodes.name", containsInAnyOrder("Sergei Lavrov", "Vladimir Putin"));
        list("participants", "ParticipantFilter", "name", f("name", "100%_"))
                .body("data.list.totalCount", equalTo(0));
    }

    @Test
    void negotiationsByEveryField() {
        String fields = "title";
        list("negotiations", "NegotiationFilter", fields, f("status", "PLANNED"))
                .body("data.list.nodes.title", containsInAnyOrder(Sample.SECOND_ROUND));
        list("negotiations", "NegotiationFilter", fields, f("format", "PHONE_CALL"))
                .body("data.list.nodes.title", containsInAnyOrder(Sample.PHONE_CALL));
        list("negotiations", "NegotiationFilter", fields, f("participantId", keys.participant("Russia")))
                .body("data.list.nodes.title",
                        containsInAnyOrder(Sample.PHONE_CALL, Sample.ISTANBUL_TALKS, Sample.SECOND_ROUND));
        list("negotiations", "NegotiationFilter", fields, f("participantId", keys.participant("Türkiye")))
                .body("data.list.nodes.title", containsInAnyOrder(Sample.ISTANBUL_TALKS, Sample.SECOND_ROUND));
        list("negotiations", "NegotiationFilter", fields, f("from", "2025-05-17", "to", "2025-12-31"))
                .body("data.list.nodes.title", containsInAnyOrder(Sample.PHONE_CALL));
        list("negotiations", "NegotiationFilter", fields, f("from", "2025-05-16", "to", "2025-05-16"))
                .body("data.list.nodes.title", containsInAnyOrder(Sample.ISTANBUL_TALKS));
        list("negotiations", "NegotiationFilter", fields, f("location", "istanbul", "status", "HELD"))
                .body("data.list.nodes.title", containsInAnyOrder(Sample.ISTANBUL_TALKS));
    }

    @Test
    void exchangesByEveryField() {
        String fields = "occurredOn";
        list("exchanges", "ExchangeFilter", fields, f("participantId", keys.participant("Ukraine")))
                .body("data.list.totalCount", equalTo(1));
        list("exchanges", "ExchangeFilter", fields, f("participantId", keys.participant("Türkiye")))
                .body("data.list.totalCount", equalTo(0));
        list("exchanges", "ExchangeFilter", fields, f("status", "PLANNED", "to", "2025-12-31"))
                .body("data.list.totalCount", equalTo(0));
        list("exchanges", "ExchangeFilter", fields, f("status", "COMPLETED", "from", "2025-05-23", "to", "2025-05-23"))
                .body("data.list.totalCount", equalTo(1));
        list("exchanges", "ExchangeFilter", fields, f("from", "2025-01-01", "to", "2025-05-22"))
                .body("data.list.totalCount", equalTo(0));
        list("exchanges", "ExchangeFilter", fields, f("negotiationId", keys.negotiation(Sample.ISTANBUL_TALKS)))
                .body("data.list.totalCount", equalTo(1));
        list("exchanges", "ExchangeFilter", fields, f("agreementId", keys.agreement(Sample.AGREEMENT)))
                .body("data.list.totalCount", equalTo(1));
        list("exchanges", "ExchangeFilter", fields, f("negotiationId", keys.negotiation(Sample.PHONE_CALL)))
                .body("data.list.totalCount", equalTo(0));
    }

    @Test
    void statementsByEveryField() {
        String fields = "text";
        list("statements", "StatementFilter", fields, f("speakerId", keys.participant("Sergei Lavrov")))
                .body("data.list.totalCount", equalTo(2));
        list("statements", "StatementFilter", fields, f("negotiationId", keys.negotiation(Sample.SECOND_ROUND)))
                .body("data.list.totalCount", equalTo(1));
        list("statements", "StatementFilter", fields, f("exchangeId", keys.exchange(Sample.EXCHANGE_LOCATION)))
                .body("data.list.totalCount", equalTo(4));
        list("statements", "StatementFilter", fields, f("mentionsId", keys.participant("Ukraine")))
                .body("data.list.totalCount", equalTo(2));
        list("statements", "StatementFilter", fields, f("language", "en", "to", "2025-12-31"))
                .body("data.list.totalCount", equalTo(6));
        list("statements", "StatementFilter", fields, f("language", "uk", "to", "2025-12-31"))
                .body("data.list.totalCount", equalTo(0));
        list("statements", "StatementFilter", fields, f("from", "2025-05-25", "to", "2025-05-25"))
                .body("data.list.nodes.text", containsInAnyOrder(Sample.HOME_POST));
        list("statements", "StatementFilter", fields, f("text", "captivity"))
                .body("data.list.nodes.text", containsInAnyOrder(Sample.HOME_POST));
        list("statements", "StatementFilter", fields,
                f("text", "home", "speakerId", keys.participant("Volodymyr Zelensky"), "to", "2025-05-24"))
                .body("data.list.totalCount", equalTo(1));
    }

    @Test
    void idOfAnotherTypeMatchesNothing() {
        list("statements", "StatementFilter", "text", f("speakerId", keys.negotiation(Sample.PHONE_CALL)))
                .body("data.list.totalCount", equalTo(0));
        list("exchanges", "ExchangeFilter", "location", f("agreementId", keys.participant("Russia")))
                .body("data.list.totalCount", equalTo(0));
    }

    @Test
    void malformedIdInFilterNamesTheField() {
        list("statements", "StatementFilter", "text", f("mentionsId", "nope"))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.field", equalTo("filter.mentionsId"));
    }
}
