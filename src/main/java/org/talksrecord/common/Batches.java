package org.talksrecord.common;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/** Helpers for batch loading: one statement per batch, results regrouped in the order of the sources. */
public final class Batches {

    private Batches() {
    }

    /**
     * Runs {@code sql}, whose only parameter is the array of keys and whose rows have an {@code id} column, and
     * returns one mapped row per key in the order of the keys.
     */
    public static <T> Uni<List<T>> loadByKeys(Pool pool, String sql, List<Long> keys, Function<Row, T> mapper) {
        if (keys.stream().allMatch(key -> key == null)) {
            List<T> none = new ArrayList<>(keys.size());
            keys.forEach(key -> none.add(null));
            return Uni.createFrom().item(none);
        }
        return pool.preparedQuery(sql)
                .execute(Tuple.of(keyArray(keys)))
                .map(rows -> alignTo(keys, rows, row -> row.getLong("id")))
                .map(rows -> rows.stream().map(row -> row == null ? null : mapper.apply(row)).toList());
    }

    /**
     * Runs {@code sql}, whose only parameter is the array of keys, and returns the mapped rows of each key (read
     * from {@code keyColumn}) in the order of the keys, an empty list where none matched.
     */
    public static <T> Uni<List<List<T>>> loadGroups(Pool pool, String sql, List<Long> keys, String keyColumn,
            Function<Row, T> mapper) {
        return pool.preparedQuery(sql).execute(Tuple.of(keyArray(keys)))
                .map(rows -> groupTo(keys, rows, row -> row.getLong(keyColumn)))
                .map(groups -> groups.stream().map(rows -> rows.stream().map(mapper).toList()).toList());
    }

    /** The distinct non-null keys, as one array parameter for {@code = any($1)}. */
    public static Long[] keyArray(List<Long> keys) {
        return keys.stream().filter(key -> key != null).distinct().toArray(Long[]::new);
    }

    /** One row per requested key, in the requested order, null where none matched. */
    public static <T> List<T> alignTo(List<Long> keys, Iterable<T> rows, Function<T, Long> keyOf) {
        Map<Long, T> byKey = new HashMap<>();
        rows.forEach(row -> byKey.put(keyOf.apply(row), row));
        List<T> aligned = new ArrayList<>(keys.size());
        keys.forEach(key -> aligned.add(key == null ? null : byKey.get(key)));
        return aligned;
    }

    /** All rows per requested key, in the requested order, an empty list where none matched. */
    public static <T> List<List<T>> groupTo(List<Long> keys, Iterable<T> rows, Function<T, Long> keyOf) {
        Map<Long, List<T>> byKey = new HashMap<>();
        rows.forEach(row -> byKey.computeIfAbsent(keyOf.apply(row), key -> new ArrayList<>()).add(row));
        List<List<T>> grouped = new ArrayList<>(keys.size());
        keys.forEach(key -> grouped.add(byKey.getOrDefault(key, List.of())));
        return grouped;
    }
}
