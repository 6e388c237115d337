package org.talksrecord.negotiation;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("NegotiationPartyInput")
public record NegotiationPartyInput(@Id @NonNull String participantId, @NonNull PartyRole role,
        @Id String representsId) {
}
