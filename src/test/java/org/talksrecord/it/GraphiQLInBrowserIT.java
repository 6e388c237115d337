package org.talksrecord.it;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.vertx.core.json.JsonObject;

/**
 * The GraphiQL page of the packaged artifact in headless Chromium (src/test/audit/graphiql-docs.mjs): the schema
 * loads, the Docs explorer lists Query's fields, a query run from the editor shows its data, and the page sends
 * the introspection query that src/test/resources/introspection/graphiql-3.2.0.graphql keeps. The page as it
 * was left is in target/node-reports/graphiql.png.
 */
@QuarkusIntegrationTest
class GraphiQLInBrowserIT {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @Test
    void graphiqlShowsTheSchemaAndRunsAQuery() {
        assumeTrue(Files.isExecutable(CHROMIUM),
                "skipped: no Chromium at " + CHROMIUM + " (apt-get install -y chromium; .ci/run installs it)");
        NodeScript.Outcome outcome = NodeScript.run("graphiql-docs.mjs", 180, NodeScript.serviceUrl(),
                NodeScript.REPORTS.resolve("graphiql.png").toString());
        JsonObject report = outcome.report();
        System.out.printf("GraphiQL in Chromium: %d checks passed, %d failed in %d ms%n", report.getInteger("passed"),
                report.getInteger("failed"), outcome.millis());
        if (report.getInteger("failed") > 0 || outcome.exitCode() != 0) {
            fail(failedChecks(report) + "\n\n" + outcome);
        }
    }

    private static String failedChecks(JsonObject report) {
        return report.getJsonArray("checks").stream().map(JsonObject.class::cast)
                .filter(check -> !check.getBoolean("ok"))
                .map(check -> check.getString("name") + ": " + check.getValue("detail"))
                .collect(Collectors.joining("\n", "GraphiQL checks that failed:\n", ""));
    }
}
