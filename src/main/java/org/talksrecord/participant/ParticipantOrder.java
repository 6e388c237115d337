package org.talksrecord.participant;

import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.talksrecord.common.SortDirection;

@Input("ParticipantOrder")
public record ParticipantOrder(@NonNull ParticipantOrderField field, @NonNull SortDirection direction) {

    public enum ParticipantOrderField {
        NAME
    }
}
