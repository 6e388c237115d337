package org.talksrecord.agreement;

import jakarta.annotation.security.RolesAllowed;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.hibernate.reactive.mutiny.Mutiny;
import org.talksrecord.common.Check;
import org.talksrecord.common.Editor;
import org.talksrecord.common.NodeType;
import org.talksrecord.common.References;
import org.talksrecord.common.SourceInput;
import org.talksrecord.negotiation.Negotiation;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

@GraphQLApi
@RolesAllowed("editor")
public class AgreementMutations {

    private final References references;
    private final Editor editor;

    public AgreementMutations(References references, Editor editor) {
        this.references = references;
        this.editor = editor;
    }

    @Mutation
    @WithTransaction
    @NonNull
    public Uni<AgreementView> createAgreement(@NonNull AgreementInput input) {
        Agreement agreement = new Agreement();
        return apply(agreement, input)
                .call(() -> editor.created(agreement.stamp))
                .call(() -> agreement.persistAndFlush())
                .map(saved -> view(agreement));
    }

    @Mutation
    @WithTransaction
    @NonNull
    @Description("Replaces the whole agreement, sources included, with the input.")
    public Uni<AgreementView> updateAgreement(@Id @NonNull String id, @NonNull AgreementInput input) {
        return references.require(Agreement.class, NodeType.AGREEMENT, id, "id")
                .call(agreement -> Mutiny.fetch(agreement.sources))
                .call(agreement -> apply(agreement, input))
                .call(agreement -> editor.updated(agreement.stamp))
                .call(agreement -> Panache.flush())
                .map(AgreementMutations::view);
    }

    @Mutation
    @WithTransaction
    @NonNull
    @Id
    @Description("Deletes an agreement; its exchanges stay, no longer linked to it.")
    public Uni<String> deleteAgreement(@Id @NonNull String id) {
        return references.require(Agreement.class, NodeType.AGREEMENT, id, "id")
                .call(agreement -> agreement.delete())
                .replaceWith(id);
    }

    private Uni<Void> apply(Agreement agreement, AgreementInput input) {
        agreement.title = Check.required(input.title(), "input.title", Check.TITLE_MAX);
        agreement.reachedOn = input.reachedOn();
        agreement.terms = Check.optional(input.terms(), "input.terms", Check.LONG_TEXT_MAX);
        agreement.prisonersPerSide = Check.nonNegative(input.prisonersPerSide(), "input.prisonersPerSide");
        agreement.sources.clear();
        agreement.sources.addAll(SourceInput.entries(input.sources(), "input.sources"));
        return references.optional(Negotiation.class, NodeType.NEGOTIATION, input.negotiationId(),
                "input.negotiationId")
                .invoke(negotiation -> agreement.negotiation = negotiation)
                .replaceWithVoid();
    }

    static AgreementView view(Agreement agreement) {
        return new AgreementView(agreement.id, agreement.title, agreement.reachedOn, agreement.terms,
                agreement.prisonersPerSide, agreement.negotiation == null ? null : agreement.negotiation.id,
                agreement.stamp.createdAt, agreement.stamp.updatedAt, agreement.stamp.createdBy,
                agreement.stamp.updatedBy);
    }
}
