package org.talksrecord.common;

import java.util.List;

import io.smallrye.mutiny.Uni;

/** Loads the nodes of one type by key, in the order of the keys, null where a key names no row. */
public interface NodeLoader {

    NodeType type();

    Uni<List<Node>> nodesByKeys(List<Long> keys);
}
