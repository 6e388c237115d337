package org.talksrecord.agreement;

import static org.talksrecord.common.Declared.answeredByReadPlans;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.talksrecord.common.SourceView;
import org.talksrecord.negotiation.NegotiationView;

/** Declares the agreement reads of the schema; the read plans answer them (package readplan). */
@GraphQLApi
public class AgreementApi {

    @Query
    @NonNull
    @Description("Agreements, most recently reached first (undated last).")
    public AgreementConnection agreements(Integer first, String after) {
        return answeredByReadPlans();
    }

    @Query
    @Description("An agreement by ID; null when the ID names no agreement.")
    public AgreementView agreement(@Id @NonNull String id) {
        return answeredByReadPlans();
    }

    @NonNull
    @Description("Agreements reached at this negotiation, most recent first.")
    public List<@NonNull AgreementView> agreements(@Source NegotiationView negotiation) {
        return answeredByReadPlans();
    }

    @Description("Where it was reached.")
    public NegotiationView negotiation(@Source AgreementView agreement) {
        return answeredByReadPlans();
    }

    @NonNull
    @Description("Prisoners released so far under this agreement, per side: the smaller of the sides' totals.")
    public int releasedPerSide(@Source AgreementView agreement) {
        return answeredByReadPlans();
    }

    @NonNull
    public List<@NonNull SourceView> sources(@Source AgreementView agreement) {
        return answeredByReadPlans();
    }
}
