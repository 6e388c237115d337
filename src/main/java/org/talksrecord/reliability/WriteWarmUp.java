package org.talksrecord.reliability;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.VertxContextSupport;
import io.vertx.core.Vertx;

/**
 * Opens one Hibernate Reactive session right after start. Hibernate loads and initializes its session classes on
 * the first use, on an event loop: without this, the first mutation after a start spends seconds of its time budget
 * on it (and blocks that event loop meanwhile).
 */
@ApplicationScoped
public class WriteWarmUp {

    private static final Logger LOG = Logger.getLogger(WriteWarmUp.class);

    void warmUp(@Observes StartupEvent started, Vertx vertx) {
        vertx.executeBlocking(() -> openSession(), false)
                .onFailure(failure -> LOG.debugf("No Hibernate session opened at start: %s", failure.getMessage()));
    }

    private static Void openSession() throws Exception {
        try {
            return VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(() -> Panache.getSession()
                    .chain(session -> session.createNativeQuery("select 1").getSingleResult()).replaceWithVoid()));
        } catch (Exception | Error e) {
            throw e;
        } catch (Throwable other) {
            throw new IllegalStateException(other);
        }
    }
}
