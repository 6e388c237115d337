package org.talksrecord.agreement;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.hibernate.reactive.mutiny.Mutiny;
import org.talksrecord.changes.ChangeKind;
import org.talksrecord.changes.ChangeLog;
import org.talksrecord.common.Check;
import org.talksrecord.common.Editor;
import org.talksrecord.common.NodeType;
import org.talksrecord.common.References;
import org.talksrecord.common.References.Link;
import org.talksrecord.common.SourceInput;
import org.talksrecord.negotiation.Negotiation;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

@GraphQLApi
@RolesAllowed("editor")
public class AgreementMutations {

    // Exchanges stay, unlinked, when their agreement is deleted.
    private static final List<Link> LINKS = List.of(new Link(NodeType.EXCHANGE, "agreement_id"));

    private final References references;
    private final Editor editor;
    private final ChangeLog changes;
    private final AgreementRepository agreements;

    public AgreementMutations(References references, Editor editor, ChangeLog changes, AgreementRepository agreements) {
        this.references = references;
        this.editor = editor;
        this.changes = changes;
        this.agreements = agreements;
    }

    @Mutation
    @WithTransaction
    @NonNull
    public Uni<AgreementView> createAgreement(@NonNull AgreementInput input) {
        Agreement agreement = new Agreement();
        return apply(agreement, input)
                .call(() -> editor.created(agreement.stamp))
                .call(() -> agreements.persistAndFlush(agreement))
                .call(() -> changes.append(NodeType.AGREEMENT, agreement.id, ChangeKind.CREATED))
                .map(saved -> view(agreement));
    }

    @Mutation
    @WithTransaction
    @NonNull
    @Description("Replaces the whole agreement, sources included, with the input.")
    public Uni<AgreementView> updateAgreement(@Id @NonNull String id, @NonNull AgreementInput input,
            Integer expectedVersion) {
        return references.requireForUpdate(Agreement.class, NodeType.AGREEMENT, id, expectedVersion)
                .call(agreement -> Mutiny.fetch(agreement.sources))
                .call(agreement -> apply(agreement, input))
                .call(agreement -> editor.updated(agreement.stamp))
                .call(agreement -> changes.append(NodeType.AGREEMENT, agreement.id, ChangeKind.UPDATED))
                .map(AgreementMutations::view);
    }

    @Mutation
    @WithTransaction
    @NonNull
    @Id
    @Description("Deletes an agreement; its exchanges stay, no longer linked to it.")
    public Uni<String> deleteAgreement(@Id @NonNull String id, Integer expectedVersion) {
        return references.requireForDelete(Agreement.class, NodeType.AGREEMENT, id, expectedVersion)
                .call(agreement -> references.unlink(agreement.id, LINKS)
                        .call(unlinked -> agreements.delete(agreement))
                        .call(unlinked -> changes.deleted(NodeType.AGREEMENT, agreement.id, unlinked)))
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
        return new AgreementView(agreement.id, agreement.version, agreement.title, agreement.reachedOn, agreement.terms,
                agreement.prisonersPerSide,
                agreement.stamp.createdAt, agreement.stamp.updatedAt, agreement.stamp.createdBy,
                agreement.stamp.updatedBy);
    }
}
