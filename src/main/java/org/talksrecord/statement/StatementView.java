package org.talksrecord.statement;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.talksrecord.common.GlobalId;
import org.talksrecord.common.Node;
import org.talksrecord.common.NodeType;

@Type("Statement")
@Description("Something a participant said, where and when.")
public record StatementView(
        @Ignore long key,
        @Description("Increases with every committed update; pass it as `expectedVersion` to refuse a stale write.") int version,
        @NonNull String text,
        @NonNull @Description("BCP 47 language tag, e.g. en, uk.") String language,
        @NonNull OffsetDateTime saidAt,
        @Description("Where it was said, e.g. X, Truth Social, BBC interview.") String channel,
        String url,
        @Description("When the record was created.") OffsetDateTime createdAt,
        @Description("When the record was last changed.") OffsetDateTime updatedAt,
        @Description("Who created the record (the editor token's subject); null for loaded sample data.") String createdBy,
        @Description("Who last changed the record.") String updatedBy) implements Node {

    @Id
    @NonNull
    @Override
    public String getId() {
        return GlobalId.encode(NodeType.STATEMENT, key);
    }
}
