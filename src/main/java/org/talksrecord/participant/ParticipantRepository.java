package org.talksrecord.participant;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;

/** Persists and removes {@link Participant} records in the mutation's session. */
@ApplicationScoped
public class ParticipantRepository implements PanacheRepository<Participant> {
}
