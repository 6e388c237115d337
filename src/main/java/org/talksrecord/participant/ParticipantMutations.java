package org.talksrecord.participant;

import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.talksrecord.changes.ChangeKind;
import org.talksrecord.changes.ChangeLog;
import org.talksrecord.common.BadUserInputException;
import org.talksrecord.common.Check;
import org.talksrecord.common.ConflictException;
import org.talksrecord.common.Editor;
import org.talksrecord.common.NodeType;
import org.talksrecord.common.References;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

@GraphQLApi
@RolesAllowed("editor")
public class ParticipantMutations {

    static final int ALIASES_MAX = 50;
    // What still points at a participant; deleting it would break these records.
    private static final String USES = "select (select count(*) from statement where speaker_id = ?1), "
            + "(select count(*) from statement_mention where participant_id = ?1), "
            + "(select count(*) from negotiation_party where participant_id = ?1 or represents_id = ?1), "
            + "(select count(*) from exchange_side where released_by_id = ?1 or received_by_id = ?1), "
            + "(select count(*) from exchange_mediator where participant_id = ?1), "
            + "(select count(*) from participant where affiliation_id = ?1)";
    private static final String[] USE_NAMES = {"statements as speaker", "statement mentions",
            "negotiation parties", "exchange sides", "exchange mediations", "affiliated participants"};

    private final References references;
    private final Editor editor;
    private final ChangeLog changes;
    private final ParticipantRepository participants;

    public ParticipantMutations(References references, Editor editor, ChangeLog changes,
            ParticipantRepository participants) {
        this.references = references;
        this.editor = editor;
        this.changes = changes;
        this.participants = participants;
    }

    @Mutation
    @WithTransaction
    @NonNull
    public Uni<ParticipantView> createParticipant(@NonNull ParticipantInput input) {
        Participant participant = new Participant();
        return apply(participant, input)
                .call(() -> editor.created(participant.stamp))
                .call(() -> participants.persistAndFlush(participant))
                .call(() -> changes.append(NodeType.PARTICIPANT, participant.id, ChangeKind.CREATED))
                .map(saved -> view(participant));
    }

    @Mutation
    @WithTransaction
    @NonNull
    @Description("Replaces the whole participant with the input.")
    public Uni<ParticipantView> updateParticipant(@Id @NonNull String id, @NonNull ParticipantInput input,
            Integer expectedVersion) {
        return references.requireForUpdate(Participant.class, NodeType.PARTICIPANT, id, expectedVersion)
                .call(participant -> apply(participant, input))
                .call(participant -> editor.updated(participant.stamp))
                .call(participant -> changes.append(NodeType.PARTICIPANT, participant.id, ChangeKind.UPDATED))
                .map(ParticipantMutations::view);
    }

    @Mutation
    @WithTransaction
    @NonNull
    @Id
    @Description("Deletes a participant that nothing references any more; CONFLICT otherwise.")
    public Uni<String> deleteParticipant(@Id @NonNull String id, Integer expectedVersion) {
        return references.requireForDelete(Participant.class, NodeType.PARTICIPANT, id, expectedVersion)
                .call(participant -> Panache.getSession()
                        .flatMap(session -> session.createNativeQuery(USES, Object[].class)
                                .setParameter(1, participant.id).getSingleResult())
                        .invoke(ParticipantMutations::refuseIfUsed))
                .call(participant -> participants.delete(participant))
                .call(participant -> changes.append(NodeType.PARTICIPANT, participant.id, ChangeKind.DELETED))
                .replaceWith(id);
    }

    private Uni<Void> apply(Participant participant, ParticipantInput input) {
        participant.name = Check.required(input.name(), "input.name", Check.NAME_MAX);
        participant.kind = input.kind();
        List<String> aliases = Check.atMost(input.aliases(), "input.aliases", ALIASES_MAX);
        List<String> cleaned = new ArrayList<>(aliases.size());
        for (int i = 0; i < aliases.size(); i++) {
            cleaned.add(Check.required(aliases.get(i), "input.aliases[" + i + "]", Check.NAME_MAX));
        }
        participant.aliases = cleaned;
        participant.title = Check.optional(input.title(), "input.title", Check.NAME_MAX);
        return references.optional(Participant.class, NodeType.PARTICIPANT, input.affiliationId(),
                "input.affiliationId").invoke(affiliation -> {
                    if (affiliation != null && affiliation == participant) {
                        throw new BadUserInputException("A participant cannot be affiliated to itself.",
                                "input.affiliationId");
                    }
                    participant.affiliation = affiliation;
                }).replaceWithVoid();
    }

    private static void refuseIfUsed(Object[] counts) {
        List<String> uses = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            long count = ((Number) counts[i]).longValue();
            if (count > 0) {
                uses.add(count + " " + USE_NAMES[i]);
            }
        }
        if (!uses.isEmpty()) {
            throw new ConflictException("The participant is still referenced by " + String.join(", ", uses) + ".");
        }
    }

    static ParticipantView view(Participant participant) {
        return new ParticipantView(participant.id, participant.version, participant.name, participant.kind,
                List.copyOf(participant.aliases), participant.title,
                participant.stamp.createdAt, participant.stamp.updatedAt, participant.stamp.createdBy,
                participant.stamp.updatedBy);
    }
}
