package org.talksrecord.negotiation;

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
public class NegotiationApi {

    private final NegotiationQueries queries;

    public NegotiationApi(NegotiationQueries queries) {
        this.queries = queries;
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
