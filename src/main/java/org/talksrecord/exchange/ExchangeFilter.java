package org.talksrecord.exchange;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

@Input("ExchangeFilter")
public record ExchangeFilter(
        @Description("Released or received by this participant, or mediated by it.") @Id String participantId,
        ExchangeStatus status,
        LocalDate from,
        LocalDate to,
        @Id String negotiationId,
        @Id String agreementId) {
}
