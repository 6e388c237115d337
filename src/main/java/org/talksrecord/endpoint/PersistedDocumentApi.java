package org.talksrecord.endpoint;

import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.talksrecord.common.BadUserInputException;
import org.talksrecord.common.Check;

import io.smallrye.mutiny.Uni;
import io.vertx.core.Future;

@GraphQLApi
@RolesAllowed("editor")
public class PersistedDocumentApi {

    private final PersistedDocuments persisted;
    private final Documents documents;

    public PersistedDocumentApi(PersistedDocuments persisted, Documents documents) {
        this.persisted = persisted;
        this.documents = documents;
    }

    @Mutation
    @NonNull
    @Description("Trusts documents, so that they run in the trusted mode (TALKS_DOCUMENTS=trusted) on every replica; "
            + "returns their IDs. Each must be a valid document of this schema.")
    public Uni<List<@NonNull String>> trustDocuments(@NonNull List<@NonNull TrustedDocumentInput> documents) {
        Check.atMost(documents, "documents", Check.LIST_MAX);
        List<Future<Void>> stored = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < documents.size(); i++) {
            TrustedDocumentInput input = documents.get(i);
            String field = "documents[" + i + "]";
            try {
                this.documents.prepare(input.document());
            } catch (RequestError e) {
                throw new BadUserInputException(field + ".document is not a valid document: " + e.getMessage(),
                        field + ".document");
            }
            String id = input.id() == null
                    ? PersistedDocuments.sha256(input.document())
                    : Check.required(input.id(), field + ".id", 128);
            ids.add(id);
            stored.add(persisted.trust(id, input.document()));
        }
        return Uni.createFrom().completionStage(Future.all(stored).toCompletionStage()).replaceWith(ids);
    }
}
