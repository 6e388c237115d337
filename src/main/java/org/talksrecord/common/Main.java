package org.talksrecord.common;

import java.util.List;
import java.util.Optional;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/** Refuses to start the packaged service without a database, with one line saying what to set. */
@QuarkusMain
public class Main {

    private static final String REACTIVE_URL = "quarkus.datasource.reactive.url";
    // Only Flyway uses JDBC, so a replica started with QUARKUS_FLYWAY_ACTIVE=false does not need it.
    private static final String JDBC_URL = JdbcForFlywayOnly.JDBC_URL;
    // Present only while Quarkus builds or runs dev mode, never in a packaged JAR or native executable.
    private static final String DEV_MODE_CLASS = "io.quarkus.deployment.dev.IsolatedDevModeMain";

    public static void main(String... args) {
        if (isPackaged()) {
            Config config = ConfigProvider.getConfig();
            List<String> required = "false".equalsIgnoreCase(setting(config, JdbcForFlywayOnly.FLYWAY_ACTIVE).trim())
                    ? List.of(REACTIVE_URL)
                    : List.of(REACTIVE_URL, JDBC_URL);
            List<String> missing = required.stream()
                    .filter(name -> setting(config, name).isBlank())
                    .map(Main::variable)
                    .toList();
            if (!missing.isEmpty()) {
                System.err.println("Cannot start: no database configured. Set " + String.join(" and ", missing)
                        + " (and QUARKUS_DATASOURCE_USERNAME, QUARKUS_DATASOURCE_PASSWORD).");
                System.exit(1);
            }
        }
        Quarkus.run(args);
    }

    /** A setting's value, or "" when unset; a native executable's config is not yet bound to the environment here. */
    private static String setting(Config config, String name) {
        Optional<String> configured = config.getOptionalValue(name, String.class).filter(v -> !v.isBlank());
        return configured.orElseGet(() -> Optional.ofNullable(System.getenv(variable(name))).orElse(""));
    }

    private static String variable(String name) {
        return name.toUpperCase().replace('.', '_');
    }

    private static boolean isPackaged() {
        try {
            Class.forName(DEV_MODE_CLASS, false, Main.class.getClassLoader());
            return false;
        } catch (ClassNotFoundException e) {
            return true;
        }
    }
}
