package org.talksrecord.participant;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.talksrecord.common.GlobalId;
import org.talksrecord.common.NodeType;

import io.smallrye.mutiny.Uni;

@GraphQLApi
public class ParticipantApi {

    private final ParticipantQueries queries;

    public ParticipantApi(ParticipantQueries queries) {
        this.queries = queries;
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
