package org.talksrecord.exchange;

import java.util.List;

import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.talksrecord.common.CountQuery;
import org.talksrecord.common.Page;
import org.talksrecord.common.PageInfo;

@Type("ExchangeConnection")
public record ExchangeConnection(
        @NonNull List<@NonNull Edge> edges,
        @NonNull List<@NonNull ExchangeView> nodes,
        @NonNull PageInfo pageInfo,
        @Ignore CountQuery count) {

    static ExchangeConnection of(Page<ExchangeView> page) {
        return new ExchangeConnection(page.edges(Edge::new), page.items(), page.pageInfo(), page.count());
    }

    @Type("ExchangeEdge")
    public record Edge(@NonNull String cursor, @NonNull ExchangeView node) {
    }
}
