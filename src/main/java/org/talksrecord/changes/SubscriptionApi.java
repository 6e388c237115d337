package org.talksrecord.changes;

import static org.talksrecord.common.Declared.answeredByReadPlans;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.talksrecord.exchange.ExchangeFilter;
import org.talksrecord.exchange.ExchangeView;
import org.talksrecord.statement.StatementFilter;
import org.talksrecord.statement.StatementView;

import io.smallrye.graphql.api.Subscription;
import io.smallrye.mutiny.Multi;

/** Declares the live updates of the schema; the change hub answers them (readplan.ReadWiring, ChangeHub). */
@GraphQLApi
public class SubscriptionApi {

    @Subscription("changes")
    @NonNull
    @Description("Every change committed from now on; with `after`, first every change after that cursor, then live. "
            + "Commit order, none skipped or repeated.")
    public Multi<ChangeView> liveChanges(String after, ChangeFilter filter) {
        return answeredByReadPlans();
    }

    @Subscription
    @NonNull
    @Description("Statements as they are recorded, matching the filter as Query.statements does.")
    public Multi<StatementView> statementRecorded(StatementFilter filter) {
        return answeredByReadPlans();
    }

    @Subscription
    @NonNull
    @Description("Exchanges as they are recorded or updated, matching the filter as Query.exchanges does.")
    public Multi<ExchangeView> exchangeRecorded(ExchangeFilter filter) {
        return answeredByReadPlans();
    }
}
