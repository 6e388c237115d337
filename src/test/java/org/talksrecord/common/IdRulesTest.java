package org.talksrecord.common;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.talksrecord.support.GraphQL.post;
import static org.talksrecord.support.GraphQL.vars;

import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.talksrecord.support.Sample;
import org.talksrecord.support.SampleKeys;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class IdRulesTest {

    @Inject
    SampleKeys keys;

    @ParameterizedTest
    @ValueSource(strings = {"participant", "negotiation", "agreement", "exchange", "statement"})
    void idOfAnotherTypeGivesNull(String field) {
        String otherType = field.equals("statement") ? keys.participant("Russia") : keys.statement(Sample.TRUMP_POST);
        post("query($id: ID!) { result: " + field + "(id: $id) { id } }", vars("id", otherType))
                .body("errors", nullValue())
                .body("data.result", nullValue());
    }

    @ParameterizedTest
    @ValueSource(strings = {"participant", "negotiation", "agreement", "exchange", "statement", "node"})
    void unknownIdGivesNull(String field) {
        NodeType type = field.equals("node") ? NodeType.AGREEMENT : NodeType.valueOf(field.toUpperCase());
        post("query($id: ID!) { result: " + field + "(id: $id) { id } }",
                vars("id", GlobalId.encode(type, 987_654_321)))
                .body("errors", nullValue())
                .body("data.result", nullValue());
    }

    @ParameterizedTest
    @ValueSource(strings = {"garbage!", "42", "UGFydGljaXBhbnQ6", "VW5rbm93bjox", "UGFydGljaXBhbnQ6YWJj",
            "UGFydGljaXBhbnQ6LTE", "UGFydGljaXBhbnQ6MDAx", ""})
    void malformedIdIsBadUserInput(String malformed) {
        for (String field : List.of("participant", "negotiation", "agreement", "exchange", "statement", "node")) {
            post("query($id: ID!) { result: " + field + "(id: $id) { id } }", vars("id", malformed))
                    .body("data.result", nullValue())
                    .body("errors", hasSize(1))
                    .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                    .body("errors[0].extensions.field", equalTo("id"))
                    .body("errors[0].path[0]", equalTo("result"));
        }
    }

    @Test
    void malformedIdInNodesNamesItsPosition() {
        post("query($ids: [ID!]!) { nodes(ids: $ids) { id } }",
                vars("ids", List.of(keys.participant("Russia"), "nope")))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.field", equalTo("ids[1]"));
    }
}
