package org.talksrecord.common;

import java.util.List;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/** Refuses to start in production without a database, with one line saying what to set. */
@QuarkusMain
public class Main {

    private static final List<String> REQUIRED = List.of("QUARKUS_DATASOURCE_REACTIVE_URL",
            "QUARKUS_DATASOURCE_JDBC_URL");

    public static void main(String... args) {
        if (LaunchMode.current() == LaunchMode.NORMAL) {
            List<String> missing = REQUIRED.stream().filter(Main::isMissing).toList();
            if (!missing.isEmpty()) {
                System.err.println("Cannot start: no database configured. Set " + String.join(" and ", missing)
                        + " (and QUARKUS_DATASOURCE_USERNAME, QUARKUS_DATASOURCE_PASSWORD).");
                System.exit(1);
            }
        }
        Quarkus.run(args);
    }

    private static boolean isMissing(String variable) {
        String property = variable.toLowerCase().replace('_', '.');
        return isBlank(System.getenv(variable)) && isBlank(System.getProperty(property));
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
