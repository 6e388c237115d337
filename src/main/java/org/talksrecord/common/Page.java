package org.talksrecord.common;

import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;

/** One page of a list: its items with their cursors, whether more follow, and how to count the whole list. */
public record Page<T>(List<T> items, List<String> cursors, boolean hasNext, boolean hasPrevious, CountQuery count) {

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), cursors, hasNext, hasPrevious, count);
    }

    public PageInfo pageInfo() {
        return new PageInfo(hasNext, hasPrevious, cursors.isEmpty() ? null : cursors.get(0),
                cursors.isEmpty() ? null : cursors.get(cursors.size() - 1));
    }

    public <E> List<E> edges(EdgeFactory<T, E> edge) {
        return IntStream.range(0, items.size())
                .mapToObj(i -> edge.create(cursors.get(i), items.get(i)))
                .toList();
    }

    @FunctionalInterface
    public interface EdgeFactory<T, E> {
        E create(String cursor, T node);
    }
}
