package org.talksrecord.common;

import java.util.List;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/** Refuses to start the packaged service without a database, with one line saying what to set. */
@QuarkusMain
public class Main {

    private static final List<String> REQUIRED = List.of("quarkus.datasource.reactive.url",
            "quarkus.datasource.jdbc.url");
    // Present only while Quarkus builds or runs dev mode, never in a packaged JAR or native executable.
    private static final String DEV_MODE_CLASS = "io.quarkus.deployment.dev.IsolatedDevModeMain";

    public static void main(String... args) {
        if (isPackaged()) {
            Config config = ConfigProvider.getConfig();
            // A native executable's config is not yet bound to the environment here, so read it directly too.
            List<String> missing = REQUIRED.stream()
                    .filter(name -> config.getOptionalValue(name, String.class).filter(v -> !v.isBlank()).isEmpty())
                    .map(name -> name.toUpperCase().replace('.', '_'))
                    .filter(variable -> System.getenv(variable) == null || System.getenv(variable).isBlank())
                    .toList();
            if (!missing.isEmpty()) {
                System.err.println("Cannot start: no database configured. Set " + String.join(" and ", missing)
                        + " (and QUARKUS_DATASOURCE_USERNAME, QUARKUS_DATASOURCE_PASSWORD).");
                System.exit(1);
            }
        }
        Quarkus.run(args);
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
