package org.talksrecord.common;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/** Answers {@code totalCount} for many connections at once: one statement per distinct count query. */
@ApplicationScoped
public class Counts {

    private final Pool pool;

    public Counts(Pool pool) {
        this.pool = pool;
    }

    public Uni<List<Integer>> of(List<CountQuery> queries) {
        Map<List<Object>, List<Long>> parentsByQuery = new LinkedHashMap<>();
        queries.forEach(query -> parentsByQuery.computeIfAbsent(List.of(query.sql(), query.params()),
                key -> new ArrayList<>()).add(query.parentKey()));
        List<Uni<Map<Long, Integer>>> runs = parentsByQuery.entrySet().stream()
                .map(entry -> run((String) entry.getKey().get(0), queryParams(entry.getKey()), entry.getValue()))
                .toList();
        List<List<Object>> keys = new ArrayList<>(parentsByQuery.keySet());
        return Uni.join().all(runs).andFailFast().map(results -> {
            Map<List<Object>, Map<Long, Integer>> byQuery = new HashMap<>();
            for (int i = 0; i < keys.size(); i++) {
                byQuery.put(keys.get(i), results.get(i));
            }
            return queries.stream()
                    .map(query -> byQuery.get(List.of(query.sql(), query.params())).get(query.parentKey()))
                    .toList();
        });
    }

    @SuppressWarnings("unchecked")
    private static List<Object> queryParams(List<Object> key) {
        return (List<Object>) key.get(1);
    }

    private Uni<Map<Long, Integer>> run(String sql, List<Object> params, List<Long> parents) {
        boolean nested = parents.get(0) != null;
        Tuple tuple = nested ? Tuple.of(parents.stream().distinct().toArray(Long[]::new)) : Tuple.from(params);
        return pool.preparedQuery(sql).execute(tuple).map(rows -> {
            Map<Long, Integer> counts = new HashMap<>();
            for (Row row : rows) {
                counts.put(nested ? row.getLong(0) : null, (int) row.getLong(nested ? 1 : 0).longValue());
            }
            return counts;
        });
    }
}
