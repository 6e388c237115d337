package org.talksrecord.write;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.talksrecord.support.GraphQL.postAs;
import static org.talksrecord.support.GraphQL.vars;

import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.talksrecord.common.GlobalId;
import org.talksrecord.common.NodeType;
import org.talksrecord.support.Sample;
import org.talksrecord.support.SampleKeys;
import org.talksrecord.support.Tokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

@QuarkusTest
class ExchangeWritesTest {

    private static final String RECORD = "mutation($i: ExchangeInput!) { recordExchange(input: $i) { id "
            + "totalReleased sides { releasedBy { name } total } mediators { name } agreement { releasedPerSide } } }";
    private static final List<String> TABLES = List.of("exchange", "exchange_side", "exchange_mediator", "source");

    @Inject
    SampleKeys keys;

    private JsonObject side(String from, String to, int military, int civilians) {
        return vars("releasedById", keys.participant(from), "receivedById", keys.participant(to), "military", military,
                "civilians", civilians);
    }

    private ValidatableResponse record(JsonObject input) {
        return postAs(Tokens.editor("editor-2"), RECORD, vars("i", input)).statusCode(200);
    }

    private List<Long> counts() {
        return TABLES.stream().map(keys::count).toList();
    }

    @Test
    void exchangeIsWrittenWithItsSidesAndDeletedWithThem() {
        JsonObject input = vars("occurredOn", "2025-06-09", "status", "COMPLETED",
                "agreementId", keys.agreement(Sample.AGREEMENT), "mediatorIds", List.of(keys.participant("Türkiye")),
                "sides", new JsonArray().add(side("Russia", "Ukraine", 100, 10)).add(side("Ukraine", "Russia", 90, 0)));
        List<Long> before = counts();
        String id = record(input).body("errors", nullValue())
                .body("data.recordExchange.totalReleased", equalTo(200))
                .body("data.recordExchange.sides.total", contains(110, 90))
                .body("data.recordExchange.mediators.name", contains("Türkiye"))
                .body("data.recordExchange.agreement.releasedPerSide", equalTo(480))
                .extract().path("data.recordExchange.id");
        postAs(Tokens.editor("editor-2"), "mutation($id: ID!) { deleteExchange(id: $id) }", vars("id", id))
                .body("data.deleteExchange", equalTo(id));
        assertEquals(before, counts());
    }

    @Test
    void failureOnTheLastSideWritesNothing() {
        String unknown = GlobalId.encode(NodeType.PARTICIPANT, 999_999);
        JsonObject input = vars("occurredOn", "2025-06-10", "status", "COMPLETED",
                "sides", new JsonArray().add(side("Russia", "Ukraine", 1, 1)).add(side("Ukraine", "Russia", 1, 1))
                        .add(vars("releasedById", keys.participant("Ukraine"), "receivedById", unknown,
                                "military", 1, "civilians", 1)),
                "sources", new JsonArray().add(vars("url", "https://example.org/s")));
        List<Long> before = counts();
        record(input).body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("NOT_FOUND"))
                .body("errors[0].extensions.field", equalTo("input.sides[2].receivedById"));
        assertEquals(before, counts());
    }

    @Test
    void sidesAreValidated() {
        List<Long> before = counts();
        record(vars("occurredOn", "2025-06-10", "status", "PLANNED", "sides", new JsonArray()))
                .body("errors[0].extensions.field", equalTo("input.sides"));
        record(vars("occurredOn", "2025-06-10", "status", "PLANNED", "sides",
                new JsonArray().add(side("Russia", "Ukraine", 1, 0)).add(side("Ukraine", "Ukraine", 1, 0))))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.field", equalTo("input.sides[1].receivedById"));
        record(vars("occurredOn", "2025-06-10", "status", "PLANNED", "sides",
                new JsonArray().add(side("Russia", "Ukraine", 0, -3))))
                .body("errors[0].extensions.field", equalTo("input.sides[0].civilians"));
        record(vars("occurredOn", "2025-06-10", "status", "PLANNED", "sides",
                new JsonArray().add(side("Russia", "Ukraine", 1, 0)), "sources",
                new JsonArray().add(vars("url", "not a url"))))
                .body("errors[0].extensions.field", equalTo("input.sources[0].url"));
        assertEquals(before, counts());
    }
}
