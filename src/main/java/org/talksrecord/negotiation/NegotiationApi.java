package org.talksrecord.negotiation;

import static org.talksrecord.common.Declared.answeredByReadPlans;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.talksrecord.common.SourceView;
import org.talksrecord.participant.ParticipantView;

/** Declares the negotiation reads of the schema; the read plans answer them (package readplan). */
@GraphQLApi
public class NegotiationApi {

    @Query
    @NonNull
    @Description("Negotiations, newest first (undated last) unless ordered otherwise.")
    public NegotiationConnection negotiations(Integer first, String after, NegotiationFilter filter,
            NegotiationOrder orderBy) {
        return answeredByReadPlans();
    }

    @Query
    @Description("A negotiation by ID; null when the ID names no negotiation.")
    public NegotiationView negotiation(@Id @NonNull String id) {
        return answeredByReadPlans();
    }

    @NonNull
    @Description("Negotiations this participant takes part in, directly or represented, newest first.")
    public NegotiationConnection negotiations(@Source ParticipantView participant, Integer first, String after) {
        return answeredByReadPlans();
    }

    @NonNull
    public List<@NonNull NegotiationPartyView> parties(@Source NegotiationView negotiation) {
        return answeredByReadPlans();
    }

    @Description("The state or organization the participant speaks for, when it is not the participant itself.")
    public ParticipantView represents(@Source NegotiationPartyView party) {
        return answeredByReadPlans();
    }

    @Description("The earlier round this one continues, if any.")
    public NegotiationView previousRound(@Source NegotiationView negotiation) {
        return answeredByReadPlans();
    }

    @NonNull
    @Description("Later rounds that continue this one.")
    public List<@NonNull NegotiationView> nextRounds(@Source NegotiationView negotiation) {
        return answeredByReadPlans();
    }

    @NonNull
    public List<@NonNull SourceView> sources(@Source NegotiationView negotiation) {
        return answeredByReadPlans();
    }
}
