package org.talksrecord.negotiation;

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
import org.talksrecord.common.SourceQueries;
import org.talksrecord.common.SourceView;
import org.talksrecord.participant.ParticipantQueries;
import org.talksrecord.participant.ParticipantView;

import io.smallrye.mutiny.Uni;

@GraphQLApi
public class NegotiationApi {

    private final NegotiationQueries queries;
    private final ParticipantQueries participants;
    private final SourceQueries sources;
    private final Counts counts;

    public NegotiationApi(NegotiationQueries queries, ParticipantQueries participants, SourceQueries sources,
            Counts counts) {
        this.queries = queries;
        this.participants = participants;
        this.sources = sources;
        this.counts = counts;
    }

    @Query
    @NonNull
    @Description("Negotiations, newest first (undated last) unless ordered otherwise.")
    public Uni<NegotiationConnection> negotiations(Integer first, String after, NegotiationFilter filter,
            NegotiationOrder orderBy) {
        return queries.page(filter, orderBy, PageRequest.of(first, after)).map(NegotiationConnection::of);
    }

    @NonNull
    @Description("Negotiations this participant takes part in, directly or represented, newest first.")
    public Uni<List<NegotiationConnection>> negotiations(@Source List<ParticipantView> participants, Integer first,
            String after) {
        return queries.ofParticipants(participants.stream().map(ParticipantView::key).toList(),
                PageRequest.of(first, after))
                .map(pages -> pages.stream().map(NegotiationConnection::of).toList());
    }

    @NonNull
    public Uni<List<Integer>> totalCount(@Source List<NegotiationConnection> connections) {
        return counts.of(connections.stream().map(NegotiationConnection::count).toList());
    }

    @NonNull
    public Uni<List<List<@NonNull NegotiationPartyView>>> parties(@Source List<NegotiationView> negotiations) {
        return queries.partiesOf(keys(negotiations));
    }

    @Description("The state or organization the participant speaks for, when it is not the participant itself.")
    public Uni<List<ParticipantView>> represents(@Source List<NegotiationPartyView> parties) {
        return participants.byKeys(parties.stream().map(NegotiationPartyView::representsKey).toList());
    }

    @NonNull
    @Description("Later rounds that continue this one.")
    public Uni<List<List<@NonNull NegotiationView>>> nextRounds(@Source List<NegotiationView> negotiations) {
        return queries.nextRoundsOf(keys(negotiations));
    }

    @NonNull
    public Uni<List<List<@NonNull SourceView>>> sources(@Source List<NegotiationView> negotiations) {
        return sources.of(SourceQueries.Owner.NEGOTIATION, keys(negotiations));
    }

    private static List<Long> keys(List<NegotiationView> negotiations) {
        return negotiations.stream().map(NegotiationView::key).toList();
    }

    @Query
    @Description("A negotiation by ID; null when the ID names no negotiation.")
    public Uni<NegotiationView> negotiation(@Id @NonNull String id) {
        return queries.byKey(GlobalId.keyOf(id, NodeType.NEGOTIATION, "id"));
    }

    @Description("The earlier round this one continues, if any.")
    public Uni<List<NegotiationView>> previousRound(@Source List<NegotiationView> negotiations) {
        return queries.byKeys(negotiations.stream().map(NegotiationView::previousRoundKey).toList());
    }
}
