package org.talksrecord.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import io.vertx.pgclient.PgConnectOptions;

class PoolSetupTest {

    private final PoolSetup setup = new PoolSetup(null, Duration.ofSeconds(5), 128, Duration.ofSeconds(2));

    @Test
    void everyKeptCompiledStatementFitsThePreparedStatementCache() throws IOException {
        int longest;
        try (Stream<Path> files = Files.list(Path.of("src", "test", "resources", "readplan", "snapshots"))) {
            longest = files.filter(file -> file.toString().endsWith(".sql")).mapToInt(PoolSetupTest::statementLength)
                    .max().orElseThrow();
        }
        PgConnectOptions options = setup.connectOptions(new PgConnectOptions().setCachePreparedStatements(true));
        assertTrue(longest > PgConnectOptions.DEFAULT_PREPARED_STATEMENT_CACHE_SQL_LIMIT,
                "the search statement is longer than Vert.x caches by default: " + longest);
        assertTrue(options.getPreparedStatementCacheSqlFilter().test("x".repeat(longest)),
                "a statement of " + longest + " characters is cached");
        assertTrue(options.getCachePreparedStatements());
    }

    @Test
    void everyConnectionEndsItsStatementsOneSecondAfterTheRequestBudget() {
        PgConnectOptions options = setup.connectOptions(new PgConnectOptions());
        assertEquals("6000", options.getProperties().get("statement_timeout"));
        assertEquals(2000, options.getConnectTimeout());
    }

    private static int statementLength(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            return text.substring(0, text.indexOf("\n-- parameters")).length();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
