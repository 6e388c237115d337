package org.talksrecord.exchange;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.talksrecord.agreement.AgreementQueries;
import org.talksrecord.agreement.AgreementView;
import org.talksrecord.common.GlobalId;
import org.talksrecord.common.NodeType;
import org.talksrecord.negotiation.NegotiationQueries;
import org.talksrecord.negotiation.NegotiationView;
import org.talksrecord.participant.ParticipantQueries;
import org.talksrecord.participant.ParticipantView;

import io.smallrye.mutiny.Uni;

@GraphQLApi
public class ExchangeApi {

    private final ExchangeQueries queries;
    private final NegotiationQueries negotiations;
    private final AgreementQueries agreements;
    private final ParticipantQueries participants;

    public ExchangeApi(ExchangeQueries queries, NegotiationQueries negotiations, AgreementQueries agreements,
            ParticipantQueries participants) {
        this.queries = queries;
        this.negotiations = negotiations;
        this.agreements = agreements;
        this.participants = participants;
    }

    @Query
    @Description("An exchange by ID; null when the ID names no exchange.")
    public Uni<ExchangeView> exchange(@Id @NonNull String id) {
        return queries.byKey(GlobalId.keyOf(id, NodeType.EXCHANGE, "id"));
    }

    @Description("Where the exchange was brokered.")
    public Uni<List<NegotiationView>> negotiation(@Source List<ExchangeView> exchanges) {
        return negotiations.byKeys(exchanges.stream().map(ExchangeView::negotiationKey).toList());
    }

    @Description("The agreement this exchange fulfils, in part or whole.")
    public Uni<List<AgreementView>> agreement(@Source List<ExchangeView> exchanges) {
        return agreements.byKeys(exchanges.stream().map(ExchangeView::agreementKey).toList());
    }

    @NonNull
    public Uni<List<List<@NonNull ExchangeSideView>>> sides(@Source List<ExchangeView> exchanges) {
        return queries.sidesOf(exchanges.stream().map(ExchangeView::key).toList());
    }

    @Description("Sum of all sides' totals.")
    @NonNull
    public Uni<List<Integer>> totalReleased(@Source List<ExchangeView> exchanges) {
        return sides(exchanges).map(sides -> sides.stream()
                .map(list -> list.stream().mapToInt(ExchangeSideView::total).sum())
                .toList());
    }

    @NonNull
    public Uni<List<ParticipantView>> releasedBy(@Source List<ExchangeSideView> sides) {
        return participants.byKeys(sides.stream().map(ExchangeSideView::releasedByKey).toList());
    }

    @NonNull
    public Uni<List<ParticipantView>> receivedBy(@Source List<ExchangeSideView> sides) {
        return participants.byKeys(sides.stream().map(ExchangeSideView::receivedByKey).toList());
    }
}
