package floor;

import jakarta.annotation.Priority;

import io.smallrye.config.ConfigSourceInterceptor;
import io.smallrye.config.ConfigSourceInterceptorContext;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.Priorities;

/** As the service does: with Flyway off, no JDBC URL, so Agroal and Flyway build nothing at start. */
@Priority(Priorities.APPLICATION)
public class JdbcForFlywayOnly implements ConfigSourceInterceptor {

    @Override
    public ConfigValue getValue(ConfigSourceInterceptorContext context, String name) {
        if ("quarkus.datasource.jdbc.url".equals(name)) {
            ConfigValue active = context.proceed("quarkus.flyway.active");
            if (active != null && "false".equalsIgnoreCase(String.valueOf(active.getValue()).trim())) {
                return null;
            }
        }
        return context.proceed(name);
    }
}
