package org.talksrecord.negotiation;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;

/** Persists and removes {@link Negotiation} records in the mutation's session. */
@ApplicationScoped
public class NegotiationRepository implements PanacheRepository<Negotiation> {
}
