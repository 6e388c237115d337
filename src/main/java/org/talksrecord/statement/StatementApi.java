package org.talksrecord.statement;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.talksrecord.common.GlobalId;
import org.talksrecord.common.NodeType;
import org.talksrecord.exchange.ExchangeQueries;
import org.talksrecord.exchange.ExchangeView;
import org.talksrecord.negotiation.NegotiationQueries;
import org.talksrecord.negotiation.NegotiationView;
import org.talksrecord.participant.ParticipantQueries;
import org.talksrecord.participant.ParticipantView;

import io.smallrye.mutiny.Uni;

@GraphQLApi
public class StatementApi {

    private final StatementQueries queries;
    private final ParticipantQueries participants;
    private final NegotiationQueries negotiations;
    private final ExchangeQueries exchanges;

    public StatementApi(StatementQueries queries, ParticipantQueries participants, NegotiationQueries negotiations,
            ExchangeQueries exchanges) {
        this.queries = queries;
        this.participants = participants;
        this.negotiations = negotiations;
        this.exchanges = exchanges;
    }

    @Query
    @Description("A statement by ID; null when the ID names no statement.")
    public Uni<StatementView> statement(@Id @NonNull String id) {
        return queries.byKey(GlobalId.keyOf(id, NodeType.STATEMENT, "id"));
    }

    @NonNull
    public Uni<List<ParticipantView>> speaker(@Source List<StatementView> statements) {
        return participants.byKeys(statements.stream().map(StatementView::speakerKey).toList());
    }

    public Uni<List<NegotiationView>> negotiation(@Source List<StatementView> statements) {
        return negotiations.byKeys(statements.stream().map(StatementView::negotiationKey).toList());
    }

    public Uni<List<ExchangeView>> exchange(@Source List<StatementView> statements) {
        return exchanges.byKeys(statements.stream().map(StatementView::exchangeKey).toList());
    }
}
