package org.talksrecord.agreement;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.talksrecord.common.GlobalId;
import org.talksrecord.common.NodeType;
import org.talksrecord.negotiation.NegotiationQueries;
import org.talksrecord.negotiation.NegotiationView;

import io.smallrye.mutiny.Uni;

@GraphQLApi
public class AgreementApi {

    private final AgreementQueries queries;
    private final NegotiationQueries negotiations;

    public AgreementApi(AgreementQueries queries, NegotiationQueries negotiations) {
        this.queries = queries;
        this.negotiations = negotiations;
    }

    @Query
    @Description("An agreement by ID; null when the ID names no agreement.")
    public Uni<AgreementView> agreement(@Id @NonNull String id) {
        return queries.byKey(GlobalId.keyOf(id, NodeType.AGREEMENT, "id"));
    }

    @Description("Where it was reached.")
    public Uni<List<NegotiationView>> negotiation(@Source List<AgreementView> agreements) {
        return negotiations.byKeys(agreements.stream().map(AgreementView::negotiationKey).toList());
    }
}
