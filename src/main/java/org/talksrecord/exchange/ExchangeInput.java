package org.talksrecord.exchange;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.talksrecord.common.SourceInput;

@Input("ExchangeInput")
public record ExchangeInput(
        @NonNull LocalDate occurredOn,
        String location,
        @NonNull ExchangeStatus status,
        @Id String negotiationId,
        @Id String agreementId,
        @Id List<String> mediatorIds,
        @NonNull List<@NonNull ExchangeSideInput> sides,
        List<SourceInput> sources) {
}
