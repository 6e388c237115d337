package org.talksrecord.common;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import io.smallrye.mutiny.Uni;

@GraphQLApi
public class NodeApi {

    static final int MAX_IDS = 100;

    private final Nodes nodes;

    public NodeApi(Nodes nodes) {
        this.nodes = nodes;
    }

    @Query
    @Description("Any object by its global ID; null when no object has it.")
    public Uni<Node> node(@Id @NonNull String id) {
        return nodes.load(List.of(GlobalId.parse(id, "id"))).map(found -> found.get(0));
    }

    @Query
    @Description("Objects by their global IDs, in the same order; null for each ID that names no object.")
    public Uni<@NonNull List<Node>> nodes(@NonNull List<@NonNull String> ids) {
        if (ids.size() > MAX_IDS) {
            throw new BadUserInputException("At most " + MAX_IDS + " IDs per request.", "ids");
        }
        List<GlobalId> parsed = new ArrayList<>(ids.size());
        for (int i = 0; i < ids.size(); i++) {
            parsed.add(GlobalId.parse(ids.get(i), "ids[" + i + "]"));
        }
        return nodes.load(parsed);
    }
}
