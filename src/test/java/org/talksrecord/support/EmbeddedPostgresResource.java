package org.talksrecord.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
/** A real PostgreSQL for the tests: a free port, its own fresh data directory, stopped after the run. */
public class EmbeddedPostgresResource implements QuarkusTestResourceLifecycleManager {

    private EmbeddedPostgres postgres;

    @Override
    public Map<String, String> start() {
        try {
            postgres = EmbeddedPostgres.builder()
                    .setPort(freePort())
                    .setDataDirectory(Path.of("target", "test-postgres").toAbsolutePath())
                    .setCleanDataDirectory(true)
                    .setLocaleConfig("locale-provider", "builtin")
                    .setLocaleConfig("builtin-locale", "C.UTF-8")
                    .setServerConfig("shared_preload_libraries", "pg_stat_statements")
                    .setServerConfig("max_connections", "200")
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String hostAndDb = "localhost:" + postgres.getPort() + "/postgres";
        // The packaged artifact runs in the prod profile: it gets the database, the sample facts and, for
        // the test tokens only, the dev-only verification key from here.
        return Map.of(
                "quarkus.datasource.reactive.url", "postgresql://" + hostAndDb,
                "quarkus.datasource.jdbc.url", "jdbc:postgresql://" + hostAndDb,
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "postgres",
                "talks.sample-data.enabled", "true",
                "mp.jwt.verify.publickey.location", Path.of("dev-keys", "publicKey.pem").toAbsolutePath().toString(),
                "mp.jwt.verify.issuer", "talks-record-dev");
    }

    // several working copies may run their tests at once on one machine
    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void stop() {
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
