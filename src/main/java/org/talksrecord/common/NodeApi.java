package org.talksrecord.common;

import static org.talksrecord.common.Declared.answeredByReadPlans;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

/** Declares global object identification and search; the read plans answer them (package readplan). */
@GraphQLApi
public class NodeApi {

    @Query
    @Description("Any object by its global ID; null when no object has it.")
    public Node node(@Id @NonNull String id) {
        return answeredByReadPlans();
    }

    @Query
    @Description("Objects by their global IDs, in the same order; null for each ID that names no object.")
    public @NonNull List<Node> nodes(@NonNull List<@NonNull String> ids) {
        return answeredByReadPlans();
    }

    @Query
    @NonNull
    @Description("Ranked full-text search across participants (names and aliases), negotiations, agreements, "
            + "exchanges and statements.")
    public List<@NonNull SearchHit> search(@NonNull String text, Integer first) {
        return answeredByReadPlans();
    }
}
