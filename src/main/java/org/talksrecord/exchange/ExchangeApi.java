package org.talksrecord.exchange;

import static org.talksrecord.common.Declared.answeredByReadPlans;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.talksrecord.agreement.AgreementView;
import org.talksrecord.common.SourceView;
import org.talksrecord.negotiation.NegotiationView;
import org.talksrecord.participant.ParticipantView;

/** Declares the exchange reads of the schema; the read plans answer them (package readplan). */
@GraphQLApi
public class ExchangeApi {

    @Query
    @NonNull
    @Description("Exchanges, newest first unless ordered otherwise.")
    public ExchangeConnection exchanges(Integer first, String after, ExchangeFilter filter, ExchangeOrder orderBy) {
        return answeredByReadPlans();
    }

    @Query
    @Description("An exchange by ID; null when the ID names no exchange.")
    public ExchangeView exchange(@Id @NonNull String id) {
        return answeredByReadPlans();
    }

    @Query
    @NonNull
    @Description("Totals over every exchange that matches the filter.")
    public ExchangeTotalsView exchangeTotals(ExchangeFilter filter) {
        return answeredByReadPlans();
    }

    @NonNull
    @Name("exchanges")
    @Description("Exchanges this participant released or received people in, or mediated, newest first.")
    public ExchangeConnection exchangesOfParticipant(@Source ParticipantView participant, Integer first,
            String after) {
        return answeredByReadPlans();
    }

    @NonNull
    @Name("exchanges")
    @Description("Exchanges brokered at this negotiation, newest first.")
    public ExchangeConnection exchangesOfNegotiation(@Source NegotiationView negotiation, Integer first,
            String after) {
        return answeredByReadPlans();
    }

    @NonNull
    @Name("exchanges")
    @Description("Exchanges under this agreement, newest first.")
    public List<@NonNull ExchangeView> exchangesOfAgreement(@Source AgreementView agreement) {
        return answeredByReadPlans();
    }

    @Description("Where the exchange was brokered.")
    public NegotiationView negotiation(@Source ExchangeView exchange) {
        return answeredByReadPlans();
    }

    @Description("The agreement this exchange fulfils, in part or whole.")
    public AgreementView agreement(@Source ExchangeView exchange) {
        return answeredByReadPlans();
    }

    @NonNull
    public List<@NonNull ParticipantView> mediators(@Source ExchangeView exchange) {
        return answeredByReadPlans();
    }

    @NonNull
    public List<@NonNull ExchangeSideView> sides(@Source ExchangeView exchange) {
        return answeredByReadPlans();
    }

    @NonNull
    @Description("Sum of all sides' totals.")
    public int totalReleased(@Source ExchangeView exchange) {
        return answeredByReadPlans();
    }

    @NonNull
    public List<@NonNull SourceView> sources(@Source ExchangeView exchange) {
        return answeredByReadPlans();
    }

    @NonNull
    public ParticipantView releasedBy(@Source ExchangeSideView side) {
        return answeredByReadPlans();
    }

    @NonNull
    public ParticipantView receivedBy(@Source ExchangeSideView side) {
        return answeredByReadPlans();
    }

    @NonNull
    public ParticipantView participant(@Source ExchangeTotalsView.ParticipantTotals totals) {
        return answeredByReadPlans();
    }
}
