package org.talksrecord.exchange;

import java.util.List;

import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.talksrecord.common.PageInfo;

@Type("ExchangeConnection")
public record ExchangeConnection(
        @NonNull List<@NonNull Edge> edges,
        @NonNull List<@NonNull ExchangeView> nodes,
        @NonNull PageInfo pageInfo,
        @NonNull int totalCount) {

    @Type("ExchangeEdge")
    public record Edge(@NonNull String cursor, @NonNull ExchangeView node) {
    }
}
