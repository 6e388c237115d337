package org.talksrecord.changes;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

@Input("ChangeFilter")
public record ChangeFilter(
        List<RecordType> recordTypes,
        @Id @Description("Only changes of these records.") List<String> recordIds,
        List<ChangeKind> kinds) {
}
