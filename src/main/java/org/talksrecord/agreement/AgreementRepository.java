package org.talksrecord.agreement;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;

/** Persists and removes {@link Agreement} records in the mutation's session. */
@ApplicationScoped
public class AgreementRepository implements PanacheRepository<Agreement> {
}
