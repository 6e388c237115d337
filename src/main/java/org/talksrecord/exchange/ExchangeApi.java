package org.talksrecord.exchange;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.talksrecord.agreement.AgreementQueries;
import org.talksrecord.agreement.AgreementView;
import org.talksrecord.common.Counts;
import org.talksrecord.common.GlobalId;
import org.talksrecord.common.NodeType;
import org.talksrecord.common.Page;
import org.talksrecord.common.PageRequest;
import org.talksrecord.common.SourceQueries;
import org.talksrecord.common.SourceView;
import org.talksrecord.negotiation.NegotiationQueries;
import org.talksrecord.negotiation.NegotiationView;
import org.talksrecord.participant.ParticipantQueries;
import org.talksrecord.participant.ParticipantView;

import io.smallrye.mutiny.Uni;

@GraphQLApi
public class ExchangeApi {

    private final ExchangeQueries queries;
    private final ExchangeTotalsQuery totals;
    private final NegotiationQueries negotiations;
    private final AgreementQueries agreements;
    private final ParticipantQueries participants;
    private final SourceQueries sources;
    private final Counts counts;

    public ExchangeApi(ExchangeQueries queries, ExchangeTotalsQuery totals, NegotiationQueries negotiations,
            AgreementQueries agreements, ParticipantQueries participants, SourceQueries sources, Counts counts) {
        this.queries = queries;
        this.totals = totals;
        this.negotiations = negotiations;
        this.agreements = agreements;
        this.participants = participants;
        this.sources = sources;
        this.counts = counts;
    }

    @Query
    @NonNull
    @Description("Exchanges, newest first unless ordered otherwise.")
    public Uni<ExchangeConnection> exchanges(Integer first, String after, ExchangeFilter filter,
            ExchangeOrder orderBy) {
        return queries.page(filter, orderBy, PageRequest.of(first, after)).map(ExchangeConnection::of);
    }

    @Query
    @NonNull
    @Description("Totals over every exchange that matches the filter.")
    public Uni<ExchangeTotalsView> exchangeTotals(ExchangeFilter filter) {
        return totals.totals(filter);
    }

    @NonNull
    @Name("exchanges")
    @Description("Exchanges this participant released or received people in, or mediated, newest first.")
    public Uni<List<ExchangeConnection>> exchangesOfParticipant(@Source List<ParticipantView> participants,
            Integer first, String after) {
        return queries.ofParticipants(participants.stream().map(ParticipantView::key).toList(),
                PageRequest.of(first, after)).map(ExchangeApi::connections);
    }

    @NonNull
    @Name("exchanges")
    @Description("Exchanges brokered at this negotiation, newest first.")
    public Uni<List<ExchangeConnection>> exchangesOfNegotiation(@Source List<NegotiationView> negotiations,
            Integer first, String after) {
        return queries.ofNegotiations(negotiations.stream().map(NegotiationView::key).toList(),
                PageRequest.of(first, after)).map(ExchangeApi::connections);
    }

    @NonNull
    @Name("exchanges")
    @Description("Exchanges under this agreement, newest first.")
    public Uni<List<List<@NonNull ExchangeView>>> exchangesOfAgreement(@Source List<AgreementView> agreements) {
        return queries.ofAgreements(agreements.stream().map(AgreementView::key).toList());
    }

    @NonNull
    public Uni<List<Integer>> totalCount(@Source List<ExchangeConnection> connections) {
        return counts.of(connections.stream().map(ExchangeConnection::count).toList());
    }

    @NonNull
    public Uni<List<List<@NonNull ParticipantView>>> mediators(@Source List<ExchangeView> exchanges) {
        return participants.linked("exchange_mediator", "exchange_id", keys(exchanges));
    }

    @NonNull
    public Uni<List<List<@NonNull SourceView>>> sources(@Source List<ExchangeView> exchanges) {
        return sources.of(SourceQueries.Owner.EXCHANGE, keys(exchanges));
    }

    @NonNull
    public Uni<List<ParticipantView>> participant(@Source List<ExchangeTotalsView.ParticipantTotals> totals) {
        return participants.byKeys(totals.stream().map(ExchangeTotalsView.ParticipantTotals::participantKey).toList());
    }

    private static List<ExchangeConnection> connections(List<Page<ExchangeView>> pages) {
        return pages.stream().map(ExchangeConnection::of).toList();
    }

    private static List<Long> keys(List<ExchangeView> exchanges) {
        return exchanges.stream().map(ExchangeView::key).toList();
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
        return queries.sidesOf(keys(exchanges));
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
