package org.talksrecord.agreement;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.talksrecord.common.SourceInput;

@Input("AgreementInput")
public record AgreementInput(
        @NonNull String title,
        LocalDate reachedOn,
        @Id String negotiationId,
        String terms,
        Integer prisonersPerSide,
        List<SourceInput> sources) {
}
