package org.talksrecord.statement;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.talksrecord.common.SourceInput;

@Input("StatementInput")
public record StatementInput(
        @NonNull String text,
        String language,
        @NonNull OffsetDateTime saidAt,
        String channel,
        String url,
        @Id @NonNull String speakerId,
        @Id String negotiationId,
        @Id String exchangeId,
        @Id List<String> mentionIds,
        List<SourceInput> sources) {
}
