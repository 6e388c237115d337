package org.talksrecord.statement;

import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.talksrecord.common.SortDirection;

@Input("StatementOrder")
public record StatementOrder(@NonNull StatementOrderField field, @NonNull SortDirection direction) {

    public enum StatementOrderField {
        SAID_AT
    }
}
