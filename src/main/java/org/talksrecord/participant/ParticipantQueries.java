package org.talksrecord.participant;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.talksrecord.common.Batches;
import org.talksrecord.common.Node;
import org.talksrecord.common.NodeLoader;
import org.talksrecord.common.NodeType;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;

@ApplicationScoped
public class ParticipantQueries implements NodeLoader {

    static final String COLUMNS = "p.id, p.name, p.kind, p.aliases, p.title, p.affiliation_id";
    private static final String BY_KEYS = "select " + COLUMNS + " from participant p where p.id = any($1)";

    private final Pool pool;

    public ParticipantQueries(Pool pool) {
        this.pool = pool;
    }

    /** One participant per key, in the order of the keys; null for keys that name none. */
    public Uni<List<ParticipantView>> byKeys(List<Long> keys) {
        return Batches.loadByKeys(pool, BY_KEYS, keys, ParticipantQueries::map);
    }

    public Uni<ParticipantView> byKey(Long key) {
        return byKeys(Collections.singletonList(key)).map(found -> found.get(0));
    }

    static ParticipantView map(Row row) {
        return new ParticipantView(
                row.getLong("id"),
                row.getString("name"),
                ParticipantKind.valueOf(row.getString("kind")),
                Arrays.asList(row.getArrayOfStrings("aliases")),
                row.getString("title"),
                row.getLong("affiliation_id"));
    }

    @Override
    public NodeType type() {
        return NodeType.PARTICIPANT;
    }

    @Override
    public Uni<List<Node>> nodesByKeys(List<Long> keys) {
        return byKeys(keys).map(ArrayList::new);
    }
}
