package org.talksrecord.negotiation;

import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("NegotiationParty")
public record NegotiationPartyView(
        @Ignore long participantKey,
        @NonNull PartyRole role,
        @Ignore Long representsKey) {
}
