package org.talksrecord.negotiation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import org.talksrecord.participant.Participant;

@Embeddable
public class NegotiationParty {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "participant_id", nullable = false)
    public Participant participant;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PartyRole role;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "represents_id")
    public Participant represents;
}
