package org.talksrecord.changes;

import static org.talksrecord.common.Declared.answeredByReadPlans;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

/** Declares the edit history of the schema; the read plans answer it (package readplan). */
@GraphQLApi
public class ChangeApi {

    @Query
    @NonNull
    @Description("The change log, oldest first: every committed write after `after`.")
    public ChangeConnection changes(Integer first, String after, ChangeFilter filter) {
        return answeredByReadPlans();
    }
}
