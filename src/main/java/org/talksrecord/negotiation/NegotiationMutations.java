package org.talksrecord.negotiation;

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
import org.talksrecord.common.BadUserInputException;
import org.talksrecord.common.Check;
import org.talksrecord.common.Editor;
import org.talksrecord.common.NodeType;
import org.talksrecord.common.References;
import org.talksrecord.common.References.Link;
import org.talksrecord.common.SourceInput;
import org.talksrecord.participant.Participant;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

@GraphQLApi
@RolesAllowed("editor")
public class NegotiationMutations {

    // Records that link to a negotiation and stay, unlinked, when it is deleted.
    private static final List<Link> LINKS = List.of(new Link(NodeType.NEGOTIATION, "previous_round_id"),
            new Link(NodeType.AGREEMENT, "negotiation_id"), new Link(NodeType.EXCHANGE, "negotiation_id"),
            new Link(NodeType.STATEMENT, "negotiation_id"));

    private final References references;
    private final Editor editor;
    private final ChangeLog changes;
    private final NegotiationRepository negotiations;

    public NegotiationMutations(References references, Editor editor, ChangeLog changes,
            NegotiationRepository negotiations) {
        this.references = references;
        this.editor = editor;
        this.changes = changes;
        this.negotiations = negotiations;
    }

    @Mutation
    @WithTransaction
    @NonNull
    public Uni<NegotiationView> createNegotiation(@NonNull NegotiationInput input) {
        Negotiation negotiation = new Negotiation();
        return apply(negotiation, input)
                .call(() -> editor.created(negotiation.stamp))
                .call(() -> negotiations.persistAndFlush(negotiation))
                .call(() -> changes.append(NodeType.NEGOTIATION, negotiation.id, ChangeKind.CREATED))
                .map(saved -> view(negotiation));
    }

    @Mutation
    @WithTransaction
    @NonNull
    @Description("Replaces the whole negotiation, parties and sources included, with the input.")
    public Uni<NegotiationView> updateNegotiation(@Id @NonNull String id, @NonNull NegotiationInput input,
            Integer expectedVersion) {
        return references.requireForUpdate(Negotiation.class, NodeType.NEGOTIATION, id, expectedVersion)
                .call(negotiation -> Mutiny.fetch(negotiation.parties))
                .call(negotiation -> Mutiny.fetch(negotiation.sources))
                .call(negotiation -> apply(negotiation, input))
                .call(negotiation -> editor.updated(negotiation.stamp))
                .call(negotiation -> changes.append(NodeType.NEGOTIATION, negotiation.id, ChangeKind.UPDATED))
                .map(NegotiationMutations::view);
    }

    @Mutation
    @WithTransaction
    @NonNull
    @Id
    @Description("Deletes a negotiation with its parties and sources; later rounds, agreements, exchanges and "
            + "statements stay, no longer linked to it.")
    public Uni<String> deleteNegotiation(@Id @NonNull String id, Integer expectedVersion) {
        return references.requireForDelete(Negotiation.class, NodeType.NEGOTIATION, id, expectedVersion)
                .call(negotiation -> references.unlink(negotiation.id, LINKS)
                        .call(unlinked -> negotiations.delete(negotiation))
                        .call(unlinked -> changes.deleted(NodeType.NEGOTIATION, negotiation.id, unlinked)))
                .replaceWith(id);
    }

    private Uni<Void> apply(Negotiation negotiation, NegotiationInput input) {
        negotiation.title = Check.required(input.title(), "input.title", Check.TITLE_MAX);
        negotiation.format = input.format();
        negotiation.status = input.status();
        negotiation.location = Check.optional(input.location(), "input.location", Check.NAME_MAX);
        negotiation.startsAt = input.startsAt();
        negotiation.endsAt = input.endsAt();
        if (input.startsAt() != null && input.endsAt() != null && input.endsAt().isBefore(input.startsAt())) {
            throw new BadUserInputException("input.endsAt must not be before input.startsAt.", "input.endsAt");
        }
        negotiation.summary = Check.optional(input.summary(), "input.summary", Check.LONG_TEXT_MAX);
        List<NegotiationPartyInput> parties = Check.atMost(input.parties(), "input.parties", Check.LIST_MAX);
        negotiation.sources.clear();
        negotiation.sources.addAll(SourceInput.entries(input.sources(), "input.sources"));
        return references.optional(Negotiation.class, NodeType.NEGOTIATION, input.previousRoundId(),
                "input.previousRoundId")
                .invoke(previous -> {
                    if (previous != null && previous == negotiation) {
                        throw new BadUserInputException("A negotiation cannot continue itself.",
                                "input.previousRoundId");
                    }
                    negotiation.previousRound = previous;
                })
                .chain(() -> Multi.createFrom().range(0, parties.size())
                        .onItem().transformToUniAndConcatenate(i -> party(parties.get(i), "input.parties[" + i + "]"))
                        .collect().asList())
                .invoke(resolved -> {
                    negotiation.parties.clear();
                    negotiation.parties.addAll(resolved);
                })
                .replaceWithVoid();
    }

    private Uni<NegotiationParty> party(NegotiationPartyInput input, String path) {
        NegotiationParty party = new NegotiationParty();
        party.role = input.role();
        return references.require(Participant.class, NodeType.PARTICIPANT, input.participantId(),
                path + ".participantId")
                .invoke(participant -> party.participant = participant)
                .chain(() -> references.optional(Participant.class, NodeType.PARTICIPANT, input.representsId(),
                        path + ".representsId"))
                .invoke(represents -> party.represents = represents)
                .replaceWith(party);
    }

    public static NegotiationView view(Negotiation negotiation) {
        return new NegotiationView(negotiation.id, negotiation.version, negotiation.title, negotiation.format,
                negotiation.status, negotiation.location, negotiation.startsAt, negotiation.endsAt, negotiation.summary,
                negotiation.stamp.createdAt, negotiation.stamp.updatedAt, negotiation.stamp.createdBy,
                negotiation.stamp.updatedBy);
    }
}
