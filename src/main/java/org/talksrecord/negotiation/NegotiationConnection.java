package org.talksrecord.negotiation;

import java.util.List;

import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.talksrecord.common.CountQuery;
import org.talksrecord.common.Page;
import org.talksrecord.common.PageInfo;

@Type("NegotiationConnection")
public record NegotiationConnection(
        @NonNull List<@NonNull Edge> edges,
        @NonNull List<@NonNull NegotiationView> nodes,
        @NonNull PageInfo pageInfo,
        @Ignore CountQuery count) {

    static NegotiationConnection of(Page<NegotiationView> page) {
        return new NegotiationConnection(page.edges(Edge::new), page.items(), page.pageInfo(), page.count());
    }

    @Type("NegotiationEdge")
    public record Edge(@NonNull String cursor, @NonNull NegotiationView node) {
    }
}
