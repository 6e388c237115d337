package org.talksrecord.common;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("SearchHit")
public record SearchHit(@NonNull @Description("Higher is more relevant.") double score, @NonNull Node node) {
}
