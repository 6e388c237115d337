package org.talksrecord.negotiation;

import java.time.OffsetDateTime;
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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.talksrecord.common.RecordStamp;
import org.talksrecord.common.SourceEntry;

@Entity
@Table(name = "negotiation")
public class Negotiation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    // Increased by Hibernate with every flushed change of the record or of its collections.
    @Version
    @Column(nullable = false)
    public int version;

    @Column(nullable = false)
    public String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public NegotiationFormat format;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public NegotiationStatus status;

    public String location;

    @Column(name = "starts_at")
    public OffsetDateTime startsAt;

    @Column(name = "ends_at")
    public OffsetDateTime endsAt;

    @Column(columnDefinition = "text")
    public String summary;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "previous_round_id")
    public Negotiation previousRound;

    @ElementCollection
    @CollectionTable(name = "negotiation_party", joinColumns = @JoinColumn(name = "negotiation_id"))
    @OrderColumn(name = "position")
    public List<NegotiationParty> parties = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "source", joinColumns = @JoinColumn(name = "negotiation_id"))
    @OrderColumn(name = "position")
    public List<SourceEntry> sources = new ArrayList<>();

    @Embedded
    public RecordStamp stamp = new RecordStamp();
}
