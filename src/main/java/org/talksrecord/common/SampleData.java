package org.talksrecord.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;
import io.vertx.mutiny.sqlclient.Pool;

/** Loads the sample facts at start when switched on; the script is idempotent, so restarts add nothing. */
@ApplicationScoped
public class SampleData {

    private static final Logger LOG = Logger.getLogger(SampleData.class);
    static final String SCRIPT = "sample-data.sql";

    private final Pool pool;
    private final boolean enabled;

    public SampleData(Pool pool, @ConfigProperty(name = "talks.sample-data.enabled") boolean enabled) {
        this.pool = pool;
        this.enabled = enabled;
    }

    void onStart(@Observes StartupEvent event) {
        if (enabled) {
            load();
        }
    }

    public void load() {
        String script = readScript();
        pool.withTransaction(connection -> connection.query(script).execute())
                .await().indefinitely();
        LOG.info("Sample data loaded");
    }

    private static String readScript() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(SCRIPT)) {
            if (in == null) {
                throw new IllegalStateException(SCRIPT + " is missing from the application");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
