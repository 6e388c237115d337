package org.talksrecord.agreement;

import java.time.LocalDate;
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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.talksrecord.common.RecordStamp;
import org.talksrecord.common.SourceEntry;
import org.talksrecord.negotiation.Negotiation;

@Entity
@Table(name = "agreement")
public class Agreement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    // Increased by Hibernate with every flushed change of the record or of its collections.
    @Version
    @Column(nullable = false)
    public int version;

    @Column(nullable = false)
    public String title;

    @Column(name = "reached_on")
    public LocalDate reachedOn;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "negotiation_id")
    public Negotiation negotiation;

    @Column(columnDefinition = "text")
    public String terms;

    @Column(name = "prisoners_per_side")
    public Integer prisonersPerSide;

    @ElementCollection
    @CollectionTable(name = "source", joinColumns = @JoinColumn(name = "agreement_id"))
    @OrderColumn(name = "position")
    public List<SourceEntry> sources = new ArrayList<>();

    @Embedded
    public RecordStamp stamp = new RecordStamp();
}
