package org.talksrecord.reliability;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.talksrecord.common.ApiException;

import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import io.vertx.sqlclient.Tuple;

/**
 * Readiness follows the reactive pool that answers requests: DOWN at once during an outage (no query), UP when a
 * statement succeeded within the last second, else a {@code select 1} within {@value #CHECK_SECONDS} s. An outage
 * ends with the first probe that reaches the database again (every 250 ms), so readiness is UP again well within
 * a second after the database is back.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements AsyncHealthCheck {

    private static final String NAME = "database";
    private static final long CHECK_SECONDS = 2;
    private static final long RECENT_MS = 1000;

    private final DatabaseAvailability availability;
    private final Statements statements;

    public DatabaseReadiness(DatabaseAvailability availability, Statements statements) {
        this.availability = availability;
        this.statements = statements;
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        if (availability.down()) {
            return Uni.createFrom().item(HealthCheckResponse.named(NAME).down()
                    .withData("reason", "the database cannot be reached").build());
        }
        if (availability.answeredWithin(RECENT_MS)) {
            return Uni.createFrom().item(HealthCheckResponse.named(NAME).up().build());
        }
        return Uni.createFrom().completionStage(() -> statements
                .run("select 1", Tuple.tuple(), Duration.ofSeconds(CHECK_SECONDS)).toCompletionStage())
                .map(rows -> HealthCheckResponse.named(NAME).up().build())
                .onFailure().recoverWithItem(failure -> HealthCheckResponse.named(NAME).down()
                        .withData("reason", failure instanceof ApiException coded
                                ? coded.code().name()
                                : "the database did not answer")
                        .build());
    }
}
