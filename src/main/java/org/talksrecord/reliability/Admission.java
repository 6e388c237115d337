package org.talksrecord.reliability;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.net.impl.ConnectionBase;

/**
 * How many GraphQL requests one replica works on at once. Beyond the limit a request is refused at once with
 * {@code SERVICE_UNAVAILABLE}, so that the admitted ones still finish within their budget and the excess costs
 * next to nothing.
 */
@ApplicationScoped
public class Admission {

    private final AtomicInteger active = new AtomicInteger();
    private final int limit;
    private final long pauseMillis;
    private final Vertx vertx;
    private final Counter refused;

    public Admission(@ConfigProperty(name = "talks.max-active-requests") int limit,
            @ConfigProperty(name = "talks.refused-connection-pause") Duration pause, Vertx vertx,
            MeterRegistry registry) {
        this.limit = limit;
        this.pauseMillis = pause.toMillis();
        this.vertx = vertx;
        this.refused = Counter.builder("talks_requests_refused").tag("reason", "busy")
                .description("GraphQL requests refused because the replica had as many as it works on at once")
                .register(registry);
        Gauge.builder("talks_requests_active", active, AtomicInteger::get)
                .description("GraphQL requests being worked on").register(registry);
    }

    /** Admits a request, or throws {@code SERVICE_UNAVAILABLE}; an admitted one must {@link #leave()}. */
    public void enter() {
        if (active.incrementAndGet() > limit) {
            active.decrementAndGet();
            refused.increment();
            throw ServiceUnavailableException.busy();
        }
    }

    public void leave() {
        active.decrementAndGet();
    }

    /**
     * After a refusal has been answered: the connection's next request is read only after a pause (by default the
     * Retry-After the refusal gave), so that clients retrying at once cannot keep the event loops busy with
     * refusals while the admitted requests wait for them. Not for HTTP/2, whose connection carries other requests.
     */
    public void slowDown(HttpServerRequest request) {
        if (pauseMillis > 0 && request.version() != HttpVersion.HTTP_2
                && request.connection() instanceof ConnectionBase reading) {
            reading.doPause();
            vertx.setTimer(pauseMillis, id -> reading.doResume());
        }
    }
}
