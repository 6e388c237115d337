package org.talksrecord.reliability;

import java.util.List;
import java.util.logging.Filter;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.runtime.StartupEvent;

/**
 * Keeps an outage to the two lines {@link DatabaseAvailability} logs: Hibernate Reactive logs an error for every
 * transaction whose connection broke (begin, rollback), which the outage line already says; anything else it
 * logs stays.
 */
@ApplicationScoped
public class OutageLogging {

    private static final String HIBERNATE_CONNECTION = "org.hibernate.reactive.pool.impl.SqlClientConnection";
    private static final List<String> CONNECTION_LOST = List.of("connection may have been lost",
            "Connection refused", "Connection was closed", "Connection reset", "terminating connection",
            "the database system is", "Pool closed");
    // held, so that the logger keeps its filter
    private static Logger hibernateConnection;

    void filter(@Observes StartupEvent started) {
        Filter keep = record -> CONNECTION_LOST.stream().noneMatch(text(record)::contains);
        hibernateConnection = Logger.getLogger(HIBERNATE_CONNECTION);
        hibernateConnection.setFilter(keep);
    }

    /** The message with its parameters and the messages of what was thrown, however it is formatted. */
    private static String text(LogRecord record) {
        StringBuilder text = new StringBuilder(String.valueOf(record.getMessage()));
        if (record.getParameters() != null) {
            for (Object parameter : record.getParameters()) {
                text.append(' ').append(parameter);
            }
        }
        for (Throwable thrown = record.getThrown(); thrown != null
                && thrown.getCause() != thrown; thrown = thrown.getCause()) {
            text.append(' ').append(thrown.getMessage());
        }
        return text.toString();
    }
}
