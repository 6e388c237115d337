package org.talksrecord.common;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("SourceInput")
public record SourceInput(@NonNull String url, String title, String publisher, LocalDate publishedOn) {

    /** Validated entries for a record's sources; {@code field} is the input path of the list. */
    public static List<SourceEntry> entries(List<SourceInput> inputs, String field) {
        List<SourceInput> sources = Check.atMost(inputs, field, Check.LIST_MAX);
        List<SourceEntry> entries = new ArrayList<>(sources.size());
        for (int i = 0; i < sources.size(); i++) {
            String path = field + "[" + i + "]";
            SourceInput input = sources.get(i);
            SourceEntry entry = new SourceEntry();
            entry.url = Check.required(Check.url(input.url(), path + ".url"), path + ".url", Check.URL_MAX);
            entry.title = Check.optional(input.title(), path + ".title", Check.TITLE_MAX);
            entry.publisher = Check.optional(input.publisher(), path + ".publisher", Check.SHORT_TEXT_MAX);
            entry.publishedOn = input.publishedOn();
            entries.add(entry);
        }
        return entries;
    }
}
