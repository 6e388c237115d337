package org.talksrecord.exchange;

import java.util.List;

import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("ExchangeTotals")
public record ExchangeTotalsView(
        @NonNull int exchanges,
        @NonNull int released,
        @NonNull int military,
        @NonNull int civilians,
        @NonNull List<@NonNull ParticipantTotals> byParticipant) {

    @Type("ParticipantTotals")
    public record ParticipantTotals(@NonNull int released, @NonNull int received) {
    }
}
