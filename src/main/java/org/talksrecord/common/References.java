package org.talksrecord.common;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * Resolves IDs given in mutation input to entities in the mutation's session, one after the other (a
 * Hibernate Reactive session must never run two operations at once).
 */
@ApplicationScoped
public class References {

    /** The entity an ID names; NOT_FOUND against {@code field} when it names none of this type. */
    public <T> Uni<T> require(Class<T> entity, NodeType type, String id, String field) {
        Long key = GlobalId.keyOf(id, type, field);
        if (key == null) {
            return Uni.createFrom().failure(notFound(type, field));
        }
        return Panache.getSession().flatMap(session -> session.find(entity, key))
                .onItem().ifNull().failWith(() -> notFound(type, field));
    }

    /** Like {@link #require}, but an absent ID gives null. */
    public <T> Uni<T> optional(Class<T> entity, NodeType type, String id, String field) {
        return id == null ? Uni.createFrom().nullItem() : require(entity, type, id, field);
    }

    /** Every entity of a list of IDs, in order; {@code field} is the input path of the list. */
    public <T> Uni<List<T>> requireAll(Class<T> entity, NodeType type, List<String> ids, String field) {
        Check.distinct(ids, field);
        return Multi.createFrom().range(0, ids.size())
                .onItem().transformToUniAndConcatenate(i -> require(entity, type, ids.get(i), field + "[" + i + "]"))
                .collect().asList();
    }

    private static NotFoundException notFound(NodeType type, String field) {
        return new NotFoundException("No " + type.typeName().toLowerCase() + " has the ID given in " + field + ".",
                field);
    }
}
