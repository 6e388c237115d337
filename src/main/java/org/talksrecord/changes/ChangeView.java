package org.talksrecord.changes;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.talksrecord.common.Node;

@Type("Change")
@Description("One committed write to one record. The log holds them in commit order.")
public record ChangeView(
        @NonNull @Description("Opaque position in the change log: pass it as `after` to continue from here.") String cursor,
        @NonNull ChangeKind kind,
        @NonNull RecordType recordType,
        @Id @NonNull @Description("The ID of the record that changed, also when it was deleted.") String recordId,
        @Description("The record as it is now; null once it is deleted.") Node node,
        @NonNull OffsetDateTime at,
        @Description("Subject of the editor token that made the change.") String by) {
}
