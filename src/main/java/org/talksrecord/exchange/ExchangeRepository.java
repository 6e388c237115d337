package org.talksrecord.exchange;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;

/** Persists and removes {@link Exchange} records in the mutation's session. */
@ApplicationScoped
public class ExchangeRepository implements PanacheRepository<Exchange> {
}
