package org.talksrecord.common;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Where a fact came from; each record keeps its own ordered list of them. */
@Embeddable
public class SourceEntry {

    @Column(nullable = false)
    public String url;

    public String title;

    public String publisher;

    @Column(name = "published_on")
    public LocalDate publishedOn;
}
