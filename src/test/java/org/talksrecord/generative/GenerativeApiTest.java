package org.talksrecord.generative;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.talksrecord.support.Tokens;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;

import graphql.schema.GraphQLSchema;

/**
 * Thousands of random requests built from the served schema: right, odd and wrong values, deep nesting, broken
 * documents and bodies. Every answer must be a coded error or data, never an internal error or internals
 * (see {@link Verdict}). {@code -Dgenerative.seed=…} repeats a run, {@code -Dgenerative.count=…} sets its
 * size, {@code -Dgenerative.case=3,17} sends only those cases of the run.
 */
@QuarkusTest
class GenerativeApiTest {

    /** Test-only field that fails inside the database on purpose (support/FailingApi). */
    private static final Set<String> FAILING_BY_DESIGN = Set.of("failingLookup");

    @TestHTTPResource("/graphql")
    URI graphql;

    protected int defaultCount() {
        return 2_500;
    }

    @Test
    void randomRequestsGetCodedAnswersWithoutInternals() throws Exception {
        long seed = Long
                .parseLong(System.getProperty("generative.seed", String.valueOf(new SecureRandom().nextLong())));
        int count = Integer.getInteger("generative.count", defaultCount());
        int threads = Integer.getInteger("generative.threads", 4);
        List<Integer> indices = indices(count);
        System.out.printf("generative: seed %d, %d requests (repeat with -Dgenerative.seed=%d)%n", seed,
                indices.size(), seed);

        Sender sender = new Sender(graphql, Tokens.reader());
        Sender.Response sdl = sender.get("/graphql/schema.graphql");
        assertEquals(200, sdl.status(), "the served schema");
        GraphQLSchema schema = ServedSchema.parse(sdl.body());
        String totals = JsonObject.of("query", ServedSchema.totalsQuery(schema)).encode();
        String before = sender.post(totals).body();
        assertTrue(before.contains("totalCount"), before);

        CaseGenerator generator = new CaseGenerator(schema, FAILING_BY_DESIGN, seed);
        FailureLog log = new FailureLog();
        Map<String, Integer> statuses = new TreeMap<>();
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int index : indices) {
                running.add(pool.submit(() -> {
                    Case sent = generator.generate(index);
                    Sender.Response response = sender.send(sent);
                    List<Verdict.Finding> findings;
                    try {
                        findings = Verdict.check(sent, response.status(), response.body());
                    } catch (RuntimeException e) {
                        findings = List.of(new Verdict.Finding("the check itself failed: " + e, ""));
                    }
                    log.record(sent, response.status(), response.body(), findings);
                    synchronized (statuses) {
                        statuses.merge(sent.mode() + " " + response.status(), 1, Integer::sum);
                    }
                    return null;
                }));
            }
            for (Future<?> future : running) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("generative: %d requests in %d ms; modes and statuses: %s%n", indices.size(), millis,
                statuses);

        assertEquals(before, sender.post(totals).body(), "generated requests changed the database");
        if (!log.isEmpty()) {
            String report = log.report(seed, indices.size());
            Path file = Path.of("target", "generative-report-" + getClass().getSimpleName() + ".txt");
            write(file, report);
            System.out.println(report);
            fail(log.classes() + " failure classes (full report in " + file + ", seed " + seed + "):\n" + report);
        }
    }

    private static List<Integer> indices(int count) {
        String only = System.getProperty("generative.case");
        if (only == null || only.isBlank()) {
            return IntStream.range(0, count).boxed().toList();
        }
        return Arrays.stream(only.split(",")).map(String::strip).map(Integer::valueOf).toList();
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            System.out.println("generative: report not written to " + file + ": " + e.getMessage());
        }
    }
}
