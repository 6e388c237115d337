package org.talksrecord.exchange;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.talksrecord.agreement.Agreement;
import org.talksrecord.common.RecordStamp;
import org.talksrecord.common.SourceEntry;
import org.talksrecord.negotiation.Negotiation;
import org.talksrecord.participant.Participant;

@Entity
@Table(name = "exchange")
public class Exchange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    // Increased by Hibernate with every flushed change of the record or of its collections.
    @Version
    @Column(nullable = false)
    public int version;

    @Column(name = "occurred_on", nullable = false)
    public LocalDate occurredOn;

    public String location;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ExchangeStatus status;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "negotiation_id")
    public Negotiation negotiation;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "agreement_id")
    public Agreement agreement;

    @ManyToMany
    @JoinTable(name = "exchange_mediator", joinColumns = @JoinColumn(name = "exchange_id"), inverseJoinColumns = @JoinColumn(name = "participant_id"))
    @OrderColumn(name = "position")
    public List<Participant> mediators = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "exchange_side", joinColumns = @JoinColumn(name = "exchange_id"))
    @OrderColumn(name = "position")
    public List<ExchangeSide> sides = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "source", joinColumns = @JoinColumn(name = "exchange_id"))
    @OrderColumn(name = "position")
    public List<SourceEntry> sources = new ArrayList<>();

    @Embedded
    public RecordStamp stamp = new RecordStamp();
}
