package org.talksrecord.common;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of record a global ID can name; the type name is part of the encoded ID. */
public enum NodeType {
    PARTICIPANT("Participant"), NEGOTIATION("Negotiation"), AGREEMENT("Agreement"), EXCHANGE("Exchange"), STATEMENT(
            "Statement");

    private final String typeName;

    NodeType(String typeName) {
        this.typeName = typeName;
    }

    public String typeName() {
        return typeName;
    }

    public static Optional<NodeType> byTypeName(String typeName) {
        return Arrays.stream(values()).filter(type -> type.typeName.equals(typeName)).findFirst();
    }
}
