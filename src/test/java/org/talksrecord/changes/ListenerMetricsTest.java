package org.talksrecord.changes;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The LISTEN connection reports its client metrics under a name of its own, next to the request pool's. */
@QuarkusTest
class ListenerMetricsTest {

    @Test
    void theListenConnectionHasItsOwnClientName() {
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics, containsString("postgresql_queue_size{clientName=\"" + ChangeHub.LISTENER_METRICS_NAME));
        assertThat(metrics, containsString("postgresql_queue_size{clientName=\"<default>\""));
    }
}
