package org.talksrecord.endpoint;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("TrustedDocumentInput")
public record TrustedDocumentInput(
        @Description("The ID clients send for the document; the SHA-256 of its text (hex) when not given.") String id,
        @NonNull String document) {
}
