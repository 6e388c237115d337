package org.talksrecord.statement;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.talksrecord.common.Counts;
import org.talksrecord.common.GlobalId;
import org.talksrecord.common.NodeType;
import org.talksrecord.common.PageRequest;
import org.talksrecord.common.SourceQueries;
import org.talksrecord.common.SourceView;
import org.talksrecord.exchange.ExchangeQueries;
import org.talksrecord.exchange.ExchangeView;
import org.talksrecord.negotiation.NegotiationView;
import org.talksrecord.participant.ParticipantQueries;
import org.talksrecord.participant.ParticipantView;

import io.smallrye.mutiny.Uni;

@GraphQLApi
public class StatementApi {

    private final StatementQueries queries;
    private final ParticipantQueries participants;
    private final ExchangeQueries exchanges;
    private final SourceQueries sources;
    private final Counts counts;

    public StatementApi(StatementQueries queries, ParticipantQueries participants,
            ExchangeQueries exchanges, SourceQueries sources, Counts counts) {
        this.queries = queries;
        this.participants = participants;
        this.exchanges = exchanges;
        this.sources = sources;
        this.counts = counts;
    }

    @Query
    @NonNull
    @Description("Statements, newest first unless ordered otherwise.")
    public Uni<StatementConnection> statements(Integer first, String after, StatementFilter filter,
            StatementOrder orderBy) {
        return queries.page(filter, orderBy, PageRequest.of(first, after)).map(StatementConnection::of);
    }

    @NonNull
    @Name("statements")
    @Description("What this participant said, newest first.")
    public Uni<List<StatementConnection>> statementsBySpeaker(@Source List<ParticipantView> speakers, Integer first,
            String after) {
        return connections("speaker_id", speakers.stream().map(ParticipantView::key).toList(), first, after);
    }

    @NonNull
    @Name("statements")
    @Description("Statements about this negotiation, newest first.")
    public Uni<List<StatementConnection>> statementsOfNegotiation(@Source List<NegotiationView> negotiations,
            Integer first, String after) {
        return connections("negotiation_id", negotiations.stream().map(NegotiationView::key).toList(), first, after);
    }

    @NonNull
    @Name("statements")
    @Description("Statements about this exchange, newest first.")
    public Uni<List<StatementConnection>> statementsOfExchange(@Source List<ExchangeView> exchanges, Integer first,
            String after) {
        return connections("exchange_id", exchanges.stream().map(ExchangeView::key).toList(), first, after);
    }

    @NonNull
    public Uni<List<Integer>> totalCount(@Source List<StatementConnection> connections) {
        return counts.of(connections.stream().map(StatementConnection::count).toList());
    }

    @NonNull
    public Uni<List<List<@NonNull ParticipantView>>> mentions(@Source List<StatementView> statements) {
        return participants.linked("statement_mention", "statement_id", keys(statements));
    }

    @NonNull
    public Uni<List<List<@NonNull SourceView>>> sources(@Source List<StatementView> statements) {
        return sources.of(SourceQueries.Owner.STATEMENT, keys(statements));
    }

    private Uni<List<StatementConnection>> connections(String column, List<Long> parents, Integer first,
            String after) {
        return queries.pagesBy(column, parents, PageRequest.of(first, after))
                .map(pages -> pages.stream().map(StatementConnection::of).toList());
    }

    private static List<Long> keys(List<StatementView> statements) {
        return statements.stream().map(StatementView::key).toList();
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

    public Uni<List<ExchangeView>> exchange(@Source List<StatementView> statements) {
        return exchanges.byKeys(statements.stream().map(StatementView::exchangeKey).toList());
    }
}
