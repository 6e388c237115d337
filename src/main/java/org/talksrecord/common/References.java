package org.talksrecord.common;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.talksrecord.changes.ChangeEntry;
import org.talksrecord.changes.ChangeKind;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * Resolves IDs given in mutation input to entities in the mutation's session, one after the other (a
 * Hibernate Reactive session must never run two operations at once).
 */
@ApplicationScoped
public class References {

    /** A column of {@code table} that links to another record and is set to null when that record goes. */
    public record Link(NodeType table, String column) {
    }

    private final Editor editor;

    public References(Editor editor) {
        this.editor = editor;
    }

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

    /**
     * The record argument {@code id} names, locked against other writes until commit, so that concurrent
     * updates apply one after the other; CONFLICT when {@code expectedVersion} is given and not its version.
     */
    public <T> Uni<T> requireForUpdate(Class<T> entity, NodeType type, String id, Integer expectedVersion) {
        // "no key update" still lets other transactions insert rows that reference this one
        return lock(type, id, expectedVersion, "no key update")
                .chain(key -> Panache.getSession().chain(session -> session.find(entity, key)));
    }

    /**
     * Like {@link #requireForUpdate}, with a lock that also waits for, and then holds off, transactions that add
     * references to the record.
     */
    public <T> Uni<T> requireForDelete(Class<T> entity, NodeType type, String id, Integer expectedVersion) {
        return lock(type, id, expectedVersion, "update")
                .chain(key -> Panache.getSession().chain(session -> session.find(entity, key)));
    }

    private Uni<Long> lock(NodeType type, String id, Integer expectedVersion, String strength) {
        Long key = GlobalId.keyOf(id, type, "id");
        if (key == null) {
            return Uni.createFrom().failure(notFound(type, "id"));
        }
        String sql = "select version from " + tableOf(type) + " where id = ?1 for " + strength;
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(sql, Integer.class).setParameter(1, key)
                        .getSingleResultOrNull())
                .map(version -> {
                    if (version == null) {
                        throw notFound(type, "id");
                    }
                    if (expectedVersion != null && expectedVersion.intValue() != version.intValue()) {
                        throw new ConflictException("The " + type.typeName().toLowerCase() + " is at version "
                                + version + ", not " + expectedVersion + ": it was changed meanwhile. Nothing was "
                                + "written; read it again and reapply the edit.", "expectedVersion");
                    }
                    return key;
                });
    }

    /**
     * Sets every link to a record about to be deleted to null, as {@code on delete set null} would, but counting
     * it as an update of each linking record: a new version, the editor's stamp, and an UPDATED change.
     */
    public Uni<List<ChangeEntry>> unlink(long key, List<Link> links) {
        return editor.subject().chain(by -> Multi.createFrom().iterable(links)
                .onItem().transformToUniAndConcatenate(link -> unlink(key, link, by))
                .collect().in(ArrayList<ChangeEntry>::new, List::addAll))
                .map(List::copyOf);
    }

    private static Uni<List<ChangeEntry>> unlink(long key, Link link, String by) {
        String sql = "update " + tableOf(link.table()) + " set " + link.column() + " = null, version = version + 1, "
                + "updated_at = now(), updated_by = ?2 where " + link.column() + " = ?1 returning id";
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(sql, Long.class).setParameter(1, key)
                        .setParameter(2, by).getResultList())
                .map(keys -> keys.stream().map(linked -> new ChangeEntry(link.table(), linked, ChangeKind.UPDATED))
                        .toList());
    }

    // Each record type lives in the table of its name.
    private static String tableOf(NodeType type) {
        return type.name().toLowerCase();
    }

    private static NotFoundException notFound(NodeType type, String field) {
        return new NotFoundException("No " + type.typeName().toLowerCase() + " has the ID given in " + field + ".",
                field);
    }
}
