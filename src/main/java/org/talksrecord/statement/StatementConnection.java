package org.talksrecord.statement;

import java.util.List;

import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.talksrecord.common.CountQuery;
import org.talksrecord.common.Page;
import org.talksrecord.common.PageInfo;

@Type("StatementConnection")
public record StatementConnection(
        @NonNull List<@NonNull Edge> edges,
        @NonNull List<@NonNull StatementView> nodes,
        @NonNull PageInfo pageInfo,
        @Ignore CountQuery count) {

    static StatementConnection of(Page<StatementView> page) {
        return new StatementConnection(page.edges(Edge::new), page.items(), page.pageInfo(), page.count());
    }

    @Type("StatementEdge")
    public record Edge(@NonNull String cursor, @NonNull StatementView node) {
    }
}
