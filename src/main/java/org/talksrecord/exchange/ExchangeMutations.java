package org.talksrecord.exchange;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.hibernate.reactive.mutiny.Mutiny;
import org.talksrecord.agreement.Agreement;
import org.talksrecord.changes.ChangeKind;
import org.talksrecord.changes.ChangeLog;
import org.talksrecord.common.BadUserInputException;
import org.talksrecord.common.Check;
import org.talksrecord.common.Editor;
import org.talksrecord.common.NodeType;
import org.talksrecord.common.References;
import org.talksrecord.common.References.Link;
import org.talksrecord.common.SourceInput;
import org.talksrecord.negotiation.Negotiation;
import org.talksrecord.participant.Participant;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

@GraphQLApi
@RolesAllowed("editor")
public class ExchangeMutations {

    // Statements stay, unlinked, when their exchange is deleted.
    private static final List<Link> LINKS = List.of(new Link(NodeType.STATEMENT, "exchange_id"));

    private final References references;
    private final Editor editor;
    private final ChangeLog changes;
    private final ExchangeRepository exchanges;

    public ExchangeMutations(References references, Editor editor, ChangeLog changes, ExchangeRepository exchanges) {
        this.references = references;
        this.editor = editor;
        this.changes = changes;
        this.exchanges = exchanges;
    }

    @Mutation
    @WithTransaction
    @NonNull
    @Description("Records an exchange with its sides, in one transaction.")
    public Uni<ExchangeView> recordExchange(@NonNull ExchangeInput input) {
        Exchange exchange = new Exchange();
        return apply(exchange, input)
                .call(() -> editor.created(exchange.stamp))
                .call(() -> exchanges.persistAndFlush(exchange))
                .call(() -> changes.append(NodeType.EXCHANGE, exchange.id, ChangeKind.CREATED))
                .map(saved -> view(exchange));
    }

    @Mutation
    @WithTransaction
    @NonNull
    @Description("Replaces the whole exchange, sides, mediators and sources included, with the input.")
    public Uni<ExchangeView> updateExchange(@Id @NonNull String id, @NonNull ExchangeInput input,
            Integer expectedVersion) {
        return references.requireForUpdate(Exchange.class, NodeType.EXCHANGE, id, expectedVersion)
                .call(exchange -> Mutiny.fetch(exchange.sides))
                .call(exchange -> Mutiny.fetch(exchange.mediators))
                .call(exchange -> Mutiny.fetch(exchange.sources))
                .call(exchange -> apply(exchange, input))
                .call(exchange -> editor.updated(exchange.stamp))
                .call(exchange -> changes.append(NodeType.EXCHANGE, exchange.id, ChangeKind.UPDATED))
                .map(ExchangeMutations::view);
    }

    @Mutation
    @WithTransaction
    @NonNull
    @Id
    @Description("Deletes an exchange with its sides; its statements stay, no longer linked to it.")
    public Uni<String> deleteExchange(@Id @NonNull String id, Integer expectedVersion) {
        return references.requireForDelete(Exchange.class, NodeType.EXCHANGE, id, expectedVersion)
                .call(exchange -> references.unlink(exchange.id, LINKS)
                        .call(unlinked -> exchanges.delete(exchange))
                        .call(unlinked -> changes.deleted(NodeType.EXCHANGE, exchange.id, unlinked)))
                .replaceWith(id);
    }

    private Uni<Void> apply(Exchange exchange, ExchangeInput input) {
        exchange.occurredOn = input.occurredOn();
        exchange.location = Check.optional(input.location(), "input.location", Check.NAME_MAX);
        exchange.status = input.status();
        List<ExchangeSideInput> sides = Check.atMost(input.sides(), "input.sides", Check.LIST_MAX);
        if (sides.isEmpty()) {
            throw new BadUserInputException("An exchange needs at least one side.", "input.sides");
        }
        for (int i = 0; i < sides.size(); i++) {
            validate(sides.get(i), "input.sides[" + i + "]");
        }
        List<String> mediators = Check.atMost(input.mediatorIds(), "input.mediatorIds", Check.LIST_MAX);
        exchange.sources.clear();
        exchange.sources.addAll(SourceInput.entries(input.sources(), "input.sources"));
        return references.optional(Negotiation.class, NodeType.NEGOTIATION, input.negotiationId(),
                "input.negotiationId")
                .invoke(negotiation -> exchange.negotiation = negotiation)
                .chain(() -> references.optional(Agreement.class, NodeType.AGREEMENT, input.agreementId(),
                        "input.agreementId"))
                .invoke(agreement -> exchange.agreement = agreement)
                .chain(() -> references.requireAll(Participant.class, NodeType.PARTICIPANT, mediators,
                        "input.mediatorIds"))
                .invoke(resolved -> {
                    exchange.mediators.clear();
                    exchange.mediators.addAll(resolved);
                })
                .chain(() -> Multi.createFrom().range(0, sides.size())
                        .onItem().transformToUniAndConcatenate(i -> side(sides.get(i), "input.sides[" + i + "]"))
                        .collect().asList())
                .invoke(resolved -> {
                    exchange.sides.clear();
                    exchange.sides.addAll(resolved);
                })
                .replaceWithVoid();
    }

    private static void validate(ExchangeSideInput side, String path) {
        Check.nonNegative(side.military(), path + ".military");
        Check.nonNegative(side.civilians(), path + ".civilians");
        if (side.releasedById().equals(side.receivedById())) {
            throw new BadUserInputException("A side never releases people to itself.", path + ".receivedById");
        }
    }

    private Uni<ExchangeSide> side(ExchangeSideInput input, String path) {
        ExchangeSide side = new ExchangeSide();
        side.military = input.military();
        side.civilians = input.civilians();
        return references.require(Participant.class, NodeType.PARTICIPANT, input.releasedById(),
                path + ".releasedById")
                .invoke(participant -> side.releasedBy = participant)
                .chain(() -> references.require(Participant.class, NodeType.PARTICIPANT, input.receivedById(),
                        path + ".receivedById"))
                .invoke(participant -> side.receivedBy = participant)
                .replaceWith(side);
    }

    static ExchangeView view(Exchange exchange) {
        return new ExchangeView(exchange.id, exchange.version, exchange.occurredOn, exchange.location, exchange.status,
                exchange.stamp.createdAt, exchange.stamp.updatedAt, exchange.stamp.createdBy, exchange.stamp.updatedBy);
    }
}
