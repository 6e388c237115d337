package org.talksrecord.participant;

import java.util.List;

import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.talksrecord.common.PageInfo;

@Type("ParticipantConnection")
public record ParticipantConnection(
        @NonNull List<@NonNull Edge> edges,
        @NonNull List<@NonNull ParticipantView> nodes,
        @NonNull PageInfo pageInfo,
        @NonNull int totalCount) {

    @Type("ParticipantEdge")
    public record Edge(@NonNull String cursor, @NonNull ParticipantView node) {
    }
}
