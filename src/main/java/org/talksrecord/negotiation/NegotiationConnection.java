package org.talksrecord.negotiation;

import java.util.List;

import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.talksrecord.common.PageInfo;

@Type("NegotiationConnection")
public record NegotiationConnection(
        @NonNull List<@NonNull Edge> edges,
        @NonNull List<@NonNull NegotiationView> nodes,
        @NonNull PageInfo pageInfo,
        @NonNull int totalCount) {

    @Type("NegotiationEdge")
    public record Edge(@NonNull String cursor, @NonNull NegotiationView node) {
    }
}
