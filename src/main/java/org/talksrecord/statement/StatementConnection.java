package org.talksrecord.statement;

import java.util.List;

import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.talksrecord.common.PageInfo;

@Type("StatementConnection")
public record StatementConnection(
        @NonNull List<@NonNull Edge> edges,
        @NonNull List<@NonNull StatementView> nodes,
        @NonNull PageInfo pageInfo,
        @NonNull int totalCount) {

    @Type("StatementEdge")
    public record Edge(@NonNull String cursor, @NonNull StatementView node) {
    }
}
