package org.talksrecord.readplan;

import java.util.Map;

/** A GraphQL object type read from SQL rows: its table (null for rows a field computes) and its fields. */
record Table(String type, String sqlName, Map<String, FieldSpec> fields) {
}
