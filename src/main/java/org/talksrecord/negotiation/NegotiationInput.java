package org.talksrecord.negotiation;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.talksrecord.common.SourceInput;

@Input("NegotiationInput")
public record NegotiationInput(
        @NonNull String title,
        @NonNull NegotiationFormat format,
        @NonNull NegotiationStatus status,
        String location,
        OffsetDateTime startsAt,
        OffsetDateTime endsAt,
        String summary,
        @Id String previousRoundId,
        List<NegotiationPartyInput> parties,
        List<SourceInput> sources) {
}
