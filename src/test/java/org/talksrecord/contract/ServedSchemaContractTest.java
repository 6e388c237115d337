package org.talksrecord.contract;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ServedSchemaContractTest {

    @Test
    void servedSchemaIsCompatibleSupersetOfTheWholeContract() {
        String served = given().when().get("/graphql/schema.graphql").then().statusCode(200).extract().asString();
        assertEquals(List.of(), ContractCheck.breakingChanges(ContractCheck.contract(), served));
    }
}
