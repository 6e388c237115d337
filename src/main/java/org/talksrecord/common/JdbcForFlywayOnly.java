package org.talksrecord.common;

import jakarta.annotation.Priority;

import io.smallrye.config.ConfigSourceInterceptor;
import io.smallrye.config.ConfigSourceInterceptorContext;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.Priorities;

/**
 * Hides the JDBC URL when Flyway is not active ({@code QUARKUS_FLYWAY_ACTIVE=false}, as the Kubernetes Deployment
 * and the Knative Service run while the Flyway Job migrates): Flyway is the only user of the JDBC datasource, and
 * without a URL Quarkus leaves both the datasource and Flyway's beans inactive instead of building them at start.
 * Every request goes through the reactive pool either way.
 */
@Priority(Priorities.APPLICATION)
public class JdbcForFlywayOnly implements ConfigSourceInterceptor {

    static final String JDBC_URL = "quarkus.datasource.jdbc.url";
    static final String FLYWAY_ACTIVE = "quarkus.flyway.active";

    @Override
    public ConfigValue getValue(ConfigSourceInterceptorContext context, String name) {
        if (JDBC_URL.equals(name) && !flywayActive(context.proceed(FLYWAY_ACTIVE))) {
            return null;
        }
        return context.proceed(name);
    }

    static boolean flywayActive(ConfigValue active) {
        return active == null || active.getValue() == null || !"false".equalsIgnoreCase(active.getValue().trim());
    }
}
