package org.talksrecord.participant;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.talksrecord.common.GlobalId;
import org.talksrecord.common.Node;
import org.talksrecord.common.NodeType;

@Type("Participant")
@Description("A state, organization or person taking part in or speaking about the talks.")
public record ParticipantView(
        @Ignore long key,
        @Description("Increases with every committed update; pass it as `expectedVersion` to refuse a stale write.") int version,
        @NonNull String name,
        @NonNull ParticipantKind kind,
        @NonNull @Description("Other spellings and scripts of the name, e.g. Zelenskyy, Володимир Зеленський.") List<@NonNull String> aliases,
        @Description("Office or role, e.g. Minister of Foreign Affairs.") String title,
        @Description("When the record was created.") OffsetDateTime createdAt,
        @Description("When the record was last changed.") OffsetDateTime updatedAt,
        @Description("Who created the record (the editor token's subject); null for loaded sample data.") String createdBy,
        @Description("Who last changed the record.") String updatedBy) implements Node {

    @Id
    @NonNull
    @Override
    public String getId() {
        return GlobalId.encode(NodeType.PARTICIPANT, key);
    }
}
