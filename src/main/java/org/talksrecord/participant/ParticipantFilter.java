package org.talksrecord.participant;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

@Input("ParticipantFilter")
public record ParticipantFilter(
        ParticipantKind kind,
        @Description("Case- and accent-insensitive match on the name or any alias.") String name,
        @Id String affiliationId) {
}
