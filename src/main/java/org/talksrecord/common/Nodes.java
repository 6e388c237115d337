package org.talksrecord.common;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import io.smallrye.mutiny.Uni;

/** Loads nodes of any types by global ID: one statement per type present, results in the order asked. */
@ApplicationScoped
public class Nodes {

    private final Map<NodeType, NodeLoader> loaders = new EnumMap<>(NodeType.class);

    public Nodes(Instance<NodeLoader> loaders) {
        loaders.forEach(loader -> this.loaders.put(loader.type(), loader));
    }

    public Uni<List<Node>> load(List<GlobalId> ids) {
        Map<NodeType, List<Long>> keysByType = new EnumMap<>(NodeType.class);
        ids.forEach(id -> keysByType.computeIfAbsent(id.type(), type -> new ArrayList<>()).add(id.key()));
        if (keysByType.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
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
            List<Node> ordered = new ArrayList<>(ids.size());
            for (GlobalId id : ids) {
                int index = next.merge(id.type(), 1, Integer::sum) - 1;
                ordered.add(found.get(id.type()).get(index));
            }
            return ordered;
        });
    }
}
