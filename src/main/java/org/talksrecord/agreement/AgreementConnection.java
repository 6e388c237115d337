package org.talksrecord.agreement;

import java.util.List;

import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.talksrecord.common.CountQuery;
import org.talksrecord.common.Page;
import org.talksrecord.common.PageInfo;

@Type("AgreementConnection")
public record AgreementConnection(
        @NonNull List<@NonNull Edge> edges,
        @NonNull List<@NonNull AgreementView> nodes,
        @NonNull PageInfo pageInfo,
        @Ignore CountQuery count) {

    static AgreementConnection of(Page<AgreementView> page) {
        return new AgreementConnection(page.edges(Edge::new), page.items(), page.pageInfo(), page.count());
    }

    @Type("AgreementEdge")
    public record Edge(@NonNull String cursor, @NonNull AgreementView node) {
    }
}
