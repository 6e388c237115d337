package org.talksrecord.statement;

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
import org.talksrecord.common.SourceInput;
import org.talksrecord.exchange.Exchange;
import org.talksrecord.negotiation.Negotiation;
import org.talksrecord.participant.Participant;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

@GraphQLApi
@RolesAllowed("editor")
public class StatementMutations {

    // Said in an unknown language, per BCP 47.
    static final String UNDETERMINED = "und";

    private final References references;
    private final Editor editor;
    private final ChangeLog changes;
    private final StatementRepository statements;

    public StatementMutations(References references, Editor editor, ChangeLog changes, StatementRepository statements) {
        this.references = references;
        this.editor = editor;
        this.changes = changes;
        this.statements = statements;
    }

    @Mutation
    @WithTransaction
    @NonNull
    public Uni<StatementView> recordStatement(@NonNull StatementInput input) {
        Statement statement = new Statement();
        return apply(statement, input)
                .call(() -> editor.created(statement.stamp))
                .call(() -> statements.persistAndFlush(statement))
                .call(() -> changes.append(NodeType.STATEMENT, statement.id, ChangeKind.CREATED))
                .map(saved -> view(statement));
    }

    @Mutation
    @WithTransaction
    @NonNull
    @Description("Replaces the whole statement, mentions and sources included, with the input.")
    public Uni<StatementView> updateStatement(@Id @NonNull String id, @NonNull StatementInput input,
            Integer expectedVersion) {
        return references.requireForUpdate(Statement.class, NodeType.STATEMENT, id, expectedVersion)
                .call(statement -> Mutiny.fetch(statement.mentions))
                .call(statement -> Mutiny.fetch(statement.sources))
                .call(statement -> apply(statement, input))
                .call(statement -> editor.updated(statement.stamp))
                .call(statement -> changes.append(NodeType.STATEMENT, statement.id, ChangeKind.UPDATED))
                .map(StatementMutations::view);
    }

    @Mutation
    @WithTransaction
    @NonNull
    @Id
    public Uni<String> deleteStatement(@Id @NonNull String id, Integer expectedVersion) {
        return references.requireForDelete(Statement.class, NodeType.STATEMENT, id, expectedVersion)
                .call(statement -> statements.delete(statement))
                .call(statement -> changes.append(NodeType.STATEMENT, statement.id, ChangeKind.DELETED))
                .replaceWith(id);
    }

    private Uni<Void> apply(Statement statement, StatementInput input) {
        statement.text = Check.required(input.text(), "input.text", Check.LONG_TEXT_MAX);
        statement.language = input.language() == null
                ? UNDETERMINED
                : Check.language(input.language(),
                        "input.language");
        statement.saidAt = input.saidAt();
        statement.channel = Check.optional(input.channel(), "input.channel", Check.SHORT_TEXT_MAX);
        statement.url = Check.url(input.url(), "input.url");
        statement.sources.clear();
        statement.sources.addAll(SourceInput.entries(input.sources(), "input.sources"));
        return references.require(Participant.class, NodeType.PARTICIPANT, input.speakerId(), "input.speakerId")
                .invoke(speaker -> statement.speaker = speaker)
                .chain(() -> references.optional(Negotiation.class, NodeType.NEGOTIATION, input.negotiationId(),
                        "input.negotiationId"))
                .invoke(negotiation -> statement.negotiation = negotiation)
                .chain(() -> references.optional(Exchange.class, NodeType.EXCHANGE, input.exchangeId(),
                        "input.exchangeId"))
                .invoke(exchange -> statement.exchange = exchange)
                .chain(() -> references.requireAll(Participant.class, NodeType.PARTICIPANT,
                        Check.atMost(input.mentionIds(), "input.mentionIds", Check.LIST_MAX), "input.mentionIds"))
                .invoke(mentions -> {
                    statement.mentions.clear();
                    statement.mentions.addAll(mentions);
                })
                .replaceWithVoid();
    }

    static StatementView view(Statement statement) {
        return new StatementView(statement.id, statement.version, statement.text, statement.language, statement.saidAt,
                statement.channel, statement.url,
                statement.stamp.createdAt, statement.stamp.updatedAt, statement.stamp.createdBy,
                statement.stamp.updatedBy);
    }
}
