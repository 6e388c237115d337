package org.talksrecord.exchange;

import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.talksrecord.common.SortDirection;

@Input("ExchangeOrder")
public record ExchangeOrder(@NonNull ExchangeOrderField field, @NonNull SortDirection direction) {

    public enum ExchangeOrderField {
        OCCURRED_ON
    }
}
