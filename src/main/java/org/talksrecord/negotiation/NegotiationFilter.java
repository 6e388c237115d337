package org.talksrecord.negotiation;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

@Input("NegotiationFilter")
public record NegotiationFilter(
        NegotiationStatus status,
        NegotiationFormat format,
        @Id String participantId,
        @Description("Starts on or after this date.") LocalDate from,
        @Description("Starts on or before this date.") LocalDate to,
        String location) {
}
