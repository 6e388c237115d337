package org.talksrecord.negotiation;

import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.talksrecord.common.SortDirection;

@Input("NegotiationOrder")
public record NegotiationOrder(@NonNull NegotiationOrderField field, @NonNull SortDirection direction) {

    public enum NegotiationOrderField {
        STARTS_AT, TITLE
    }
}
