package org.talksrecord.participant;

import java.util.List;

import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.talksrecord.common.CountQuery;
import org.talksrecord.common.Page;
import org.talksrecord.common.PageInfo;

@Type("ParticipantConnection")
public record ParticipantConnection(
        @NonNull List<@NonNull Edge> edges,
        @NonNull List<@NonNull ParticipantView> nodes,
        @NonNull PageInfo pageInfo,
        @Ignore CountQuery count) {

    static ParticipantConnection of(Page<ParticipantView> page) {
        return new ParticipantConnection(page.edges(Edge::new), page.items(), page.pageInfo(), page.count());
    }

    @Type("ParticipantEdge")
    public record Edge(@NonNull String cursor, @NonNull ParticipantView node) {
    }
}
