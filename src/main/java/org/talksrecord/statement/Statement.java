package org.talksrecord.statement;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
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

import org.talksrecord.common.RecordStamp;
import org.talksrecord.common.SourceEntry;
import org.talksrecord.exchange.Exchange;
import org.talksrecord.negotiation.Negotiation;
import org.talksrecord.participant.Participant;

@Entity
@Table(name = "statement")
public class Statement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    // Increased by Hibernate with every flushed change of the record or of its collections.
    @Version
    @Column(nullable = false)
    public int version;

    @Column(nullable = false, columnDefinition = "text")
    public String text;

    @Column(nullable = false)
    public String language;

    @Column(name = "said_at", nullable = false)
    public OffsetDateTime saidAt;

    public String channel;

    public String url;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "speaker_id", nullable = false)
    public Participant speaker;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "negotiation_id")
    public Negotiation negotiation;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "exchange_id")
    public Exchange exchange;

    @ManyToMany
    @JoinTable(name = "statement_mention", joinColumns = @JoinColumn(name = "statement_id"), inverseJoinColumns = @JoinColumn(name = "participant_id"))
    @OrderColumn(name = "position")
    public List<Participant> mentions = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "source", joinColumns = @JoinColumn(name = "statement_id"))
    @OrderColumn(name = "position")
    public List<SourceEntry> sources = new ArrayList<>();

    @Embedded
    public RecordStamp stamp = new RecordStamp();
}
