package org.talksrecord.reliability;

import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * How many GraphQL requests one replica works on at once. Beyond the limit a request is refused at once with
 * {@code SERVICE_UNAVAILABLE}, so that the admitted ones still finish within their budget and the excess costs
 * next to nothing.
 */
@ApplicationScoped
public class Admission {

    private final AtomicInteger active = new AtomicInteger();
    private final int limit;
    private final Counter refused;

    public Admission(@ConfigProperty(name = "talks.max-active-requests") int limit, MeterRegistry registry) {
        this.limit = limit;
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
}
