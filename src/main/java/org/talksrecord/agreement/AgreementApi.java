package org.talksrecord.agreement;

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
import org.talksrecord.negotiation.NegotiationQueries;
import org.talksrecord.negotiation.NegotiationView;

import io.smallrye.mutiny.Uni;

@GraphQLApi
public class AgreementApi {

    private final AgreementQueries queries;
    private final NegotiationQueries negotiations;
    private final SourceQueries sources;
    private final Counts counts;

    public AgreementApi(AgreementQueries queries, NegotiationQueries negotiations, SourceQueries sources,
            Counts counts) {
        this.queries = queries;
        this.negotiations = negotiations;
        this.sources = sources;
        this.counts = counts;
    }

    @Query
    @NonNull
    @Description("Agreements, most recently reached first (undated last).")
    public Uni<AgreementConnection> agreements(Integer first, String after) {
        return queries.page(PageRequest.of(first, after)).map(AgreementConnection::of);
    }

    @NonNull
    @Description("Agreements reached at this negotiation, most recent first.")
    public Uni<List<List<@NonNull AgreementView>>> agreements(@Source List<NegotiationView> negotiations) {
        return queries.ofNegotiations(negotiations.stream().map(NegotiationView::key).toList());
    }

    @NonNull
    public Uni<List<Integer>> totalCount(@Source List<AgreementConnection> connections) {
        return counts.of(connections.stream().map(AgreementConnection::count).toList());
    }

    @NonNull
    @Description("Prisoners released so far under this agreement, per side: the smaller of the sides' totals.")
    public Uni<List<Integer>> releasedPerSide(@Source List<AgreementView> agreements) {
        return queries.releasedPerSide(keys(agreements));
    }

    @NonNull
    public Uni<List<List<@NonNull SourceView>>> sources(@Source List<AgreementView> agreements) {
        return sources.of(SourceQueries.Owner.AGREEMENT, keys(agreements));
    }

    private static List<Long> keys(List<AgreementView> agreements) {
        return agreements.stream().map(AgreementView::key).toList();
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
