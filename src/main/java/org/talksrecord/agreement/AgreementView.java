package org.talksrecord.agreement;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.talksrecord.common.GlobalId;
import org.talksrecord.common.Node;
import org.talksrecord.common.NodeType;

@Type("Agreement")
@Description("What the sides agreed at a negotiation, e.g. a prisoner exchange.")
public record AgreementView(
        @Ignore long key,
        @Description("Increases with every committed update; pass it as `expectedVersion` to refuse a stale write.") int version,
        @NonNull String title,
        LocalDate reachedOn,
        String terms,
        @Description("Prisoners each side agreed to release, e.g. 1000 in a 1,000-for-1,000 deal.") Integer prisonersPerSide,
        @Description("When the record was created.") OffsetDateTime createdAt,
        @Description("When the record was last changed.") OffsetDateTime updatedAt,
        @Description("Who created the record (the editor token's subject); null for loaded sample data.") String createdBy,
        @Description("Who last changed the record.") String updatedBy) implements Node {

    @Id
    @NonNull
    @Override
    public String getId() {
        return GlobalId.encode(NodeType.AGREEMENT, key);
    }
}
