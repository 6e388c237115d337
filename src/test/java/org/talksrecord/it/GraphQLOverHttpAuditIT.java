package org.talksrecord.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.vertx.core.json.JsonObject;

/**
 * graphql-http's audit of the GraphQL over HTTP spec (src/test/audit/audit.mjs, every audit listed in
 * src/test/audit/README.md) against the packaged artifact: no MUST may fail and no SHOULD may warn.
 */
@QuarkusIntegrationTest
class GraphQLOverHttpAuditIT {

    @Test
    void graphqlOverHttpAuditFindsNoFailureAndNoWarning() {
        NodeScript.Outcome outcome = NodeScript.run("audit.mjs", 120, NodeScript.serviceUrl() + "/graphql");
        JsonObject report = outcome.report();
        System.out.printf("graphql-http audit: %d audits, %d ok, %d notices, %d warnings, %d errors in %d ms%n",
                report.getInteger("total"), report.getInteger("ok"), report.getInteger("notice"),
                report.getInteger("warn"), report.getInteger("error"), outcome.millis());
        if (report.getInteger("warn") + report.getInteger("error") > 0 || outcome.exitCode() != 0) {
            fail(findings(report) + "\n\n" + outcome);
        }
        assertEquals(report.getInteger("total"), report.getInteger("ok") + report.getInteger("notice"));
    }

    private static String findings(JsonObject report) {
        return report.getJsonArray("audits").stream().map(JsonObject.class::cast)
                .filter(audit -> "warn".equals(audit.getString("status")) || "error".equals(audit.getString("status")))
                .map(audit -> audit.getString("status") + " " + audit.getString("id") + " " + audit.getString("name")
                        + ": " + audit.getString("reason") + "; got " + audit.getJsonObject("response").encode())
                .collect(Collectors.joining("\n", "graphql-http audit findings:\n", ""));
    }
}
