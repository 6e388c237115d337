package org.talksrecord.participant;

import java.util.List;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("ParticipantInput")
public record ParticipantInput(
        @NonNull String name,
        @NonNull ParticipantKind kind,
        List<String> aliases,
        String title,
        @Id String affiliationId) {
}
