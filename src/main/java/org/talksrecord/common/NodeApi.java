package org.talksrecord.common;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.inject.Instance;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import io.smallrye.mutiny.Uni;

@GraphQLApi
public class NodeApi {

    static final int MAX_IDS = 100;

    private final Map<NodeType, NodeLoader> loaders = new EnumMap<>(NodeType.class);

    public NodeApi(Instance<NodeLoader> loaders) {
        loaders.forEach(loader -> this.loaders.put(loader.type(), loader));
    }

    @Query
    @Description("Any object by its global ID; null when no object has it.")
    public Uni<Node> node(@Id @NonNull String id) {
        GlobalId globalId = GlobalId.parse(id, "id");
        return loaders.get(globalId.type()).nodesByKeys(List.of(globalId.key())).map(found -> found.get(0));
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
        Map<NodeType, List<Long>> keysByType = new EnumMap<>(NodeType.class);
        parsed.forEach(id -> keysByType.computeIfAbsent(id.type(), type -> new ArrayList<>()).add(id.key()));
        List<NodeType> types = new ArrayList<>(keysByType.keySet());
        List<Uni<List<Node>>> loads = types.stream()
                .map(type -> loaders.get(type).nodesByKeys(keysByType.get(type)))
                .toList();
        return Uni.join().all(loads).andFailFast().map(results -> {
            Map<NodeType, List<Node>> found = new EnumMap<>(NodeType.class);
            for (int i = 0; i < types.size(); i++) {
                found.put(types.get(i), results.get(i));
            }
            Map<NodeType, Integer> next = new EnumMap<>(NodeType.class);
            List<Node> ordered = new ArrayList<>(parsed.size());
            for (GlobalId id : parsed) {
                int index = next.merge(id.type(), 1, Integer::sum) - 1;
                ordered.add(found.get(id.type()).get(index));
            }
            return ordered;
        });
    }
}
