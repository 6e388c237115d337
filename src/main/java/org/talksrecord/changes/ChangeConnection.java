package org.talksrecord.changes;

import java.util.List;

import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.talksrecord.common.PageInfo;

@Type("ChangeConnection")
public record ChangeConnection(
        @NonNull List<@NonNull Edge> edges,
        @NonNull List<@NonNull ChangeView> nodes,
        @NonNull PageInfo pageInfo) {

    @Type("ChangeEdge")
    public record Edge(@NonNull String cursor, @NonNull ChangeView node) {
    }
}
