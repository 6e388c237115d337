package org.talksrecord.exchange;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("ExchangeSideInput")
public record ExchangeSideInput(@Id @NonNull String releasedById, @Id @NonNull String receivedById,
        @NonNull int military, @NonNull int civilians) {
}
