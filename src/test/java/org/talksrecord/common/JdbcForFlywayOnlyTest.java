package org.talksrecord.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;

/** The JDBC datasource, which only Flyway uses, is configured only while Flyway is active. */
class JdbcForFlywayOnlyTest {

    private static final String URL = "jdbc:postgresql://db:5432/talks";

    private static Optional<String> jdbcUrl(Map<String, String> properties) {
        Map<String, String> all = new HashMap<>(properties);
        all.put("quarkus.datasource.jdbc.url", URL);
        all.put("quarkus.datasource.reactive.url", "postgresql://db:5432/talks");
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .addDefaultInterceptors()
                .withProfile("prod")
                .withSources(new PropertiesConfigSource(all, "test", 100))
                .withInterceptors(new JdbcForFlywayOnly())
                .build();
        assertEquals(Optional.of("postgresql://db:5432/talks"),
                config.getOptionalValue("quarkus.datasource.reactive.url", String.class));
        return config.getOptionalValue("quarkus.datasource.jdbc.url", String.class);
    }

    @Test
    void keepsTheUrlWhileFlywayIsActive() {
        assertEquals(Optional.of(URL), jdbcUrl(Map.of()));
        assertEquals(Optional.of(URL), jdbcUrl(Map.of("quarkus.flyway.active", "true")));
    }

    @Test
    void hidesTheUrlWhenFlywayIsNotActive() {
        assertTrue(jdbcUrl(Map.of("quarkus.flyway.active", "false")).isEmpty());
        assertTrue(jdbcUrl(Map.of("quarkus.flyway.active", "FALSE")).isEmpty());
    }

    @Test
    void followsProfilesAndExpressions() {
        assertTrue(jdbcUrl(Map.of("%prod.quarkus.flyway.active", "false")).isEmpty());
        assertTrue(jdbcUrl(Map.of("quarkus.flyway.active", "${migrate:false}")).isEmpty());
        assertEquals(Optional.of(URL), jdbcUrl(Map.of("quarkus.flyway.active", "${migrate:false}", "migrate", "true")));
    }
}
