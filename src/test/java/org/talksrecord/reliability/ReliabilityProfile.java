package org.talksrecord.reliability;

import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The reliability tests: their own PostgreSQL ({@link OwnPostgres}), a time budget of 2 s, at most 6 requests at
 * once and 4 pool connections (fewer than requests, so that some wait for one), so that timeouts and overload show
 * quickly.
 */
public class ReliabilityProfile implements QuarkusTestProfile {

    static final int MAX_ACTIVE_REQUESTS = 6;
    static final long BUDGET_MS = 2000;
    static final int POOL_SIZE = 4;
    static final long REFUSED_CONNECTION_PAUSE_MS = 600;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("talks.request-timeout", BUDGET_MS + "ms",
                "talks.max-active-requests", Integer.toString(MAX_ACTIVE_REQUESTS),
                "quarkus.datasource.reactive.max-size", Integer.toString(POOL_SIZE),
                "talks.refused-connection-pause", REFUSED_CONNECTION_PAUSE_MS + "ms",
                "quarkus.datasource.reactive.url", OwnPostgres.reactiveUrl(),
                "quarkus.datasource.jdbc.url", OwnPostgres.jdbcUrl());
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(OwnPostgres.class));
    }
}
