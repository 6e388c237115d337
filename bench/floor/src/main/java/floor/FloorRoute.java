package floor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;

/**
 * Answers every POST to /graphql with Q2's ceiling statement (bench/ceiling/q2.sql) for the negotiation whose
 * global ID is {@code variables.id}: HTTP, the JSON body, one prepared statement on the pool, its bytes back. No
 * GraphQL at all, so nothing a GraphQL service over this platform could do costs less per request.
 */
@ApplicationScoped
public class FloorRoute {

    private final Pool pool;
    private final long maxBodySize;
    private final String statement = "select convert_to((" + ceiling() + ")::text, 'UTF8')";

    FloorRoute(Pool pool, @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize) {
        this.pool = pool;
        this.maxBodySize = maxBodySize.asLongValue();
    }

    void install(@Observes Router router) {
        router.post("/graphql").order(-1).handler(BodyHandler.create(false).setBodyLimit(maxBodySize))
                .handler(this::answer);
    }

    private void answer(RoutingContext context) {
        pool.preparedQuery(statement).execute(Tuple.of(negotiationId(context.body().asJsonObject())))
                .onSuccess(rows -> context.response().putHeader("content-type", "application/json")
                        .end(rows.iterator().next().getBuffer(0)))
                .onFailure(context::fail);
    }

    /** The number in a global ID ("Negotiation:123" in unpadded base64url); 0, which matches nothing, without one. */
    static long negotiationId(JsonObject body) {
        JsonObject variables = body == null ? null : body.getJsonObject("variables");
        String id = variables == null ? null : variables.getString("id");
        if (id == null) {
            return 0;
        }
        String decoded = new String(Base64.getUrlDecoder().decode(id), StandardCharsets.UTF_8);
        return Long.parseLong(decoded.substring(decoded.indexOf(':') + 1));
    }

    /** The ceiling file's statement, with pgbench's {@code :id} as the statement's parameter. */
    private static String ceiling() {
        try (InputStream in = FloorRoute.class.getResourceAsStream("/q2.sql")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return text.lines().filter(line -> !line.startsWith("--") && !line.startsWith("\\"))
                    .collect(Collectors.joining("\n")).replace(":id", "$1").replaceAll(";\\s*$", "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
