package org.talksrecord.statement;

import static org.talksrecord.common.Declared.answeredByReadPlans;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.talksrecord.common.SourceView;
import org.talksrecord.exchange.ExchangeView;
import org.talksrecord.negotiation.NegotiationView;
import org.talksrecord.participant.ParticipantView;

/** Declares the statement reads of the schema; the read plans answer them (package readplan). */
@GraphQLApi
public class StatementApi {

    @Query
    @NonNull
    @Description("Statements, newest first unless ordered otherwise.")
    public StatementConnection statements(Integer first, String after, StatementFilter filter,
            StatementOrder orderBy) {
        return answeredByReadPlans();
    }

    @Query
    @Description("A statement by ID; null when the ID names no statement.")
    public StatementView statement(@Id @NonNull String id) {
        return answeredByReadPlans();
    }

    @NonNull
    @Name("statements")
    @Description("What this participant said, newest first.")
    public StatementConnection statementsBySpeaker(@Source ParticipantView speaker, Integer first, String after) {
        return answeredByReadPlans();
    }

    @NonNull
    @Name("statements")
    @Description("Statements about this negotiation, newest first.")
    public StatementConnection statementsOfNegotiation(@Source NegotiationView negotiation, Integer first,
            String after) {
        return answeredByReadPlans();
    }

    @NonNull
    @Name("statements")
    @Description("Statements about this exchange, newest first.")
    public StatementConnection statementsOfExchange(@Source ExchangeView exchange, Integer first, String after) {
        return answeredByReadPlans();
    }

    @NonNull
    public ParticipantView speaker(@Source StatementView statement) {
        return answeredByReadPlans();
    }

    public NegotiationView negotiation(@Source StatementView statement) {
        return answeredByReadPlans();
    }

    public ExchangeView exchange(@Source StatementView statement) {
        return answeredByReadPlans();
    }

    @NonNull
    public List<@NonNull ParticipantView> mentions(@Source StatementView statement) {
        return answeredByReadPlans();
    }

    @NonNull
    public List<@NonNull SourceView> sources(@Source StatementView statement) {
        return answeredByReadPlans();
    }
}
