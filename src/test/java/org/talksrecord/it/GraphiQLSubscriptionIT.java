package org.talksrecord.it;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.talksrecord.support.Tokens;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.vertx.core.json.JsonObject;

/**
 * A subscription run from the GraphiQL page of the packaged artifact in headless Chromium
 * (src/test/audit/graphiql-subscription.mjs): the page subscribes over graphql-transport-ws and shows a change
 * committed through the API. The page as it was left is in target/node-reports/graphiql-subscription.png.
 */
@QuarkusIntegrationTest
class GraphiQLSubscriptionIT {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @Test
    void graphiqlRunsASubscriptionAndShowsTheChange() {
        assumeTrue(Files.isExecutable(CHROMIUM),
                "skipped: no Chromium at " + CHROMIUM + " (apt-get install -y chromium; .ci/run installs it)");
        NodeScript.Outcome outcome = NodeScript.run("graphiql-subscription.mjs", 180, NodeScript.serviceUrl(),
                Tokens.editor("graphiql-subscriber"),
                NodeScript.REPORTS.resolve("graphiql-subscription.png").toString());
        JsonObject report = outcome.report();
        System.out.printf("GraphiQL subscription in Chromium: %d checks passed, %d failed in %d ms%n",
                report.getInteger("passed"), report.getInteger("failed"), outcome.millis());
        if (report.getInteger("failed") > 0 || outcome.exitCode() != 0) {
            fail(report.getJsonArray("checks").stream().map(JsonObject.class::cast)
                    .filter(check -> !check.getBoolean("ok"))
                    .map(check -> check.getString("name") + ": " + check.getValue("detail"))
                    .collect(Collectors.joining("\n", "GraphiQL checks that failed:\n", "")) + "\n\n" + outcome);
        }
    }
}
