package org.talksrecord.statement;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;

/** Persists and removes {@link Statement} records in the mutation's session. */
@ApplicationScoped
public class StatementRepository implements PanacheRepository<Statement> {
}
