package org.talksrecord.endpoint;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.talksrecord.reliability.Admission;
import org.talksrecord.reliability.RequestBudget;
import org.talksrecord.reliability.ServiceUnavailableException;

import io.vertx.core.Vertx;
import io.vertx.ext.web.RoutingContext;

/**
 * Admits a GraphQL request within the replica's limit and starts its time budget; both end once, when the answer
 * is written or the exchange ends without one.
 */
@ApplicationScoped
class AdmittedRequests {

    private static final String RELEASE = AdmittedRequests.class.getName() + ".release";

    private final Admission admission;
    private final Duration requestTimeout;

    AdmittedRequests(Admission admission, @ConfigProperty(name = "talks.request-timeout") Duration requestTimeout) {
        this.admission = admission;
        this.requestTimeout = requestTimeout;
    }

    /** True when admitted; a refused request has been answered SERVICE_UNAVAILABLE. */
    boolean admit(RoutingContext context, MediaType type) {
        try {
            admission.enter();
        } catch (ServiceUnavailableException busy) {
            Answers.failure(context, type, busy);
            admission.slowDown(context.request());
            return false;
        }
        RequestBudget budget = RequestBudget.start(context.vertx(), requestTimeout).attachTo(Vertx.currentContext());
        AtomicBoolean released = new AtomicBoolean();
        Runnable release = () -> {
            if (released.compareAndSet(false, true)) {
                budget.close();
                admission.leave();
            }
        };
        context.put(RELEASE, release);
        // SmallRye's mutation handler replaces the response's end handlers, so answers release explicitly too
        context.addEndHandler(ended -> release.run());
        return true;
    }

    /** The request no longer counts against the admission limit, and its budget stops. */
    static void release(RoutingContext context) {
        Runnable release = context.get(RELEASE);
        if (release != null) {
            release.run();
        }
    }
}
