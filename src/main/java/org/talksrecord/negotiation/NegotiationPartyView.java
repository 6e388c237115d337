package org.talksrecord.negotiation;

import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.talksrecord.participant.ParticipantView;

/** A party with its participant read in the same statement: a to-one link needs no batch of its own. */
@Type("NegotiationParty")
public record NegotiationPartyView(
        @NonNull ParticipantView participant,
        @NonNull PartyRole role) {
}
