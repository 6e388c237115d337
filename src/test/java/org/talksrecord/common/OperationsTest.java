package org.talksrecord.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.talksrecord.support.SampleKeys;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class OperationsTest {

    @Inject
    SampleKeys keys;

    @Inject
    SampleData sampleData;

    @Test
    void readinessReportsTheDatabase() {
        given().when().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("database"));
    }

    @Test
    void graphiqlAndSchemaAreServed() {
        given().when().get("/q/graphql-ui/").then().statusCode(200).body(containsString("GraphiQL"));
        given().when().get("/graphql/schema.graphql").then().statusCode(200)
                .body(containsString("interface Node"));
    }

    @Test
    void loadingSampleDataAgainAddsNothing() {
        List<String> tables = List.of("participant", "negotiation", "negotiation_party", "agreement", "exchange",
                "exchange_side", "statement", "statement_mention");
        List<Long> before = tables.stream().map(keys::count).toList();
        sampleData.load();
        assertEquals(before, tables.stream().map(keys::count).toList());
        assertEquals(14L, keys.count("participant"));
    }
}
