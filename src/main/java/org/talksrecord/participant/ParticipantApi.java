package org.talksrecord.participant;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.talksrecord.common.Counts;
import org.talksrecord.common.GlobalId;
import org.talksrecord.common.NodeType;
import org.talksrecord.common.PageRequest;

import io.smallrye.mutiny.Uni;

@GraphQLApi
public class ParticipantApi {

    private final ParticipantQueries queries;
    private final Counts counts;

    public ParticipantApi(ParticipantQueries queries, Counts counts) {
        this.queries = queries;
        this.counts = counts;
    }

    @Query
    @NonNull
    @Description("Participants, A to Z by name unless ordered otherwise.")
    public Uni<ParticipantConnection> participants(Integer first, String after, ParticipantFilter filter,
            ParticipantOrder orderBy) {
        return queries.page(filter, orderBy, PageRequest.of(first, after)).map(ParticipantConnection::of);
    }

    @NonNull
    @Description("People and bodies affiliated to this participant, A to Z.")
    public Uni<List<ParticipantConnection>> members(@Source List<ParticipantView> participants, Integer first,
            String after) {
        return queries.membersOf(participants.stream().map(ParticipantView::key).toList(),
                PageRequest.of(first, after))
                .map(pages -> pages.stream().map(ParticipantConnection::of).toList());
    }

    @NonNull
    public Uni<List<Integer>> totalCount(@Source List<ParticipantConnection> connections) {
        return counts.of(connections.stream().map(ParticipantConnection::count).toList());
    }

    @Query
    @Description("A participant by ID; null when the ID names no participant.")
    public Uni<ParticipantView> participant(@Id @NonNull String id) {
        return queries.byKey(GlobalId.keyOf(id, NodeType.PARTICIPANT, "id"));
    }

    @Description("The state or organization this person or body belongs to.")
    public Uni<List<ParticipantView>> affiliation(@Source List<ParticipantView> participants) {
        return queries.byKeys(participants.stream().map(ParticipantView::affiliationKey).toList());
    }
}
