package org.talksrecord.statement;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

@Input("StatementFilter")
public record StatementFilter(
        @Id String speakerId,
        @Id String negotiationId,
        @Id String exchangeId,
        @Id String mentionsId,
        String language,
        LocalDate from,
        LocalDate to,
        @Description("Full-text search over the statement's words.") String text) {
}
