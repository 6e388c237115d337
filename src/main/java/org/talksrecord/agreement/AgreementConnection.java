package org.talksrecord.agreement;

import java.util.List;

import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.talksrecord.common.PageInfo;

@Type("AgreementConnection")
public record AgreementConnection(
        @NonNull List<@NonNull Edge> edges,
        @NonNull List<@NonNull AgreementView> nodes,
        @NonNull PageInfo pageInfo,
        @NonNull int totalCount) {

    @Type("AgreementEdge")
    public record Edge(@NonNull String cursor, @NonNull AgreementView node) {
    }
}
