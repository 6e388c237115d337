package org.talksrecord.common;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("Source")
public record SourceView(@NonNull String url, String title, String publisher, LocalDate publishedOn) {
}
