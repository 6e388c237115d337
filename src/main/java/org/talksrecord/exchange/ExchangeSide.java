package org.talksrecord.exchange;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import org.talksrecord.participant.Participant;

@Embeddable
public class ExchangeSide {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "released_by_id", nullable = false)
    public Participant releasedBy;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "received_by_id", nullable = false)
    public Participant receivedBy;

    @Column(nullable = false)
    public int military;

    @Column(nullable = false)
    public int civilians;
}
