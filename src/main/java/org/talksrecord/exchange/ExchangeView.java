package org.talksrecord.exchange;

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

@Type("Exchange")
@Description("A prisoner exchange: who released how many people to whom, and when.")
public record ExchangeView(
        @Ignore long key,
        @Description("Increases with every committed update; pass it as `expectedVersion` to refuse a stale write.") int version,
        @NonNull LocalDate occurredOn,
        String location,
        @NonNull ExchangeStatus status,
        @Description("When the record was created.") OffsetDateTime createdAt,
        @Description("When the record was last changed.") OffsetDateTime updatedAt,
        @Description("Who created the record (the editor token's subject); null for loaded sample data.") String createdBy,
        @Description("Who last changed the record.") String updatedBy) implements Node {

    @Id
    @NonNull
    @Override
    public String getId() {
        return GlobalId.encode(NodeType.EXCHANGE, key);
    }
}
