package org.talksrecord.readplan;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.talksrecord.support.GraphQL.post;
import static org.talksrecord.support.GraphQL.vars;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.talksrecord.support.Sample;
import org.talksrecord.support.SampleKeys;

import io.quarkus.test.junit.QuarkusTest;

/**
 * A field whose arguments are refused is null, with an error at its own path, and the null travels up to the
 * nearest field that may be null, as GraphQL execution does; the rest of the answer stands.
 */
@QuarkusTest
class FieldErrorsTest {

    @Inject
    SampleKeys keys;

    @Test
    void aRefusedRootFieldLeavesItsSiblings() {
        post("{ participant(id: \"nope\") { name } agreements { totalCount } }")
                .body("data.participant", nullValue())
                .body("data.agreements.totalCount", equalTo(1))
                .body("errors", hasSize(1))
                .body("errors[0].path", contains("participant"))
                .body("errors[0].extensions.field", equalTo("id"));
    }

    @Test
    void aRefusedNestedFieldNullsItsNullableParent() {
        post("query($id: ID!) { negotiation(id: $id) { title statements(first: 500) { totalCount } } "
                + "agreements { totalCount } }", vars("id", keys.negotiation(Sample.ISTANBUL_TALKS)))
                .body("data.negotiation", nullValue())
                .body("data.agreements.totalCount", equalTo(1))
                .body("errors[0].path", contains("negotiation", "statements"))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.field", equalTo("first"));
    }

    @Test
    void aRefusedFieldUnderAListIsReportedPerItem() {
        post("{ negotiations(first: 2) { nodes { title statements(first: -1) { totalCount } } } }")
                .body("data", nullValue())
                .body("errors", hasSize(2))
                .body("errors.path", contains(contains("negotiations", "nodes", 0, "statements"),
                        contains("negotiations", "nodes", 1, "statements")))
                .body("errors.locations", everyItem(notNullValue()));
    }

    @Test
    void aRefusedFieldUnderAMissingParentIsNoError() {
        post("{ participant(id: \"UGFydGljaXBhbnQ6OTk5OTk5OTk\") { statements(first: 500) { totalCount } } }")
                .body("errors", nullValue())
                .body("data.participant", nullValue());
    }
}
