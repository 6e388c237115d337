package org.talksrecord.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.talksrecord.support.GraphQL.post;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.talksrecord.support.Fixtures;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.vertx.core.json.JsonObject;

@QuarkusTest
class ErrorShapeTest {

    @Inject
    Fixtures fixtures;

    @Test
    void unexpectedFailureShowsNoInternals() {
        // a column the read plans expect goes missing: the statement fails inside the database
        fixtures.execute("alter table source rename column publisher to publisher_gone");
        try {
            ValidatableResponse response = post("{ negotiations { nodes { sources { publisher } } } }")
                    .body("errors[0].extensions.classification", nullValue())
                    .body("data", nullValue())
                    .body("errors", hasSize(1))
                    .body("errors[0].message", equalTo("Internal server error"))
                    .body("errors[0].extensions.code", equalTo("INTERNAL_SERVER_ERROR"));
            assertNoInternals(response);
        } finally {
            fixtures.execute("alter table source rename column publisher_gone to publisher");
        }
    }

    @Test
    void syntaxErrorIsRefusedWithoutInternals() {
        assertNoInternals(post("{ participant(id: ")
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("GRAPHQL_PARSE_FAILED"))
                .body("errors[0].message", containsString("line 1")));
    }

    @Test
    void unknownFieldIsAValidationFailure() {
        assertCodeOnly(post("{ participant(id: \"x\") { shoeSize } }")
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("GRAPHQL_VALIDATION_FAILED"))
                .body("errors[0].message", containsString("shoeSize")));
    }

    @Test
    void wrongVariableTypeIsBadUserInput() {
        assertCodeOnly(post("query($ids: [ID!]!) { nodes(ids: $ids) { id } }",
                new JsonObject().put("ids", new JsonObject().put("a", 1)))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT")));
    }

    @Test
    void missingQueryIsRefusedWithoutInternals() {
        given().contentType("application/json").body("{}").when().post("/graphql")
                .then().body("errors[0].message", equalTo("The request has no query."))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body(not(containsString("org.")))
                .body(not(containsString("io.")));
    }

    private static void assertCodeOnly(ValidatableResponse response) {
        assertNoInternals(response.body("errors[0].extensions.classification", nullValue()));
    }

    private static void assertNoInternals(ValidatableResponse response) {
        response.body(not(containsString("org.talksrecord")))
                .body(not(containsString("java.")))
                .body(not(containsString("io.vertx")))
                .body(not(containsString("PgException")))
                .body(not(containsString("42P01")))
                .body(not(containsString("no_such_table")))
                .body(not(containsString("select ")))
                .body(not(containsString("\tat ")))
                .body("errors[0].extensions.exception", nullValue());
    }
}
