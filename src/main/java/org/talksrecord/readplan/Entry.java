package org.talksrecord.readplan;

import graphql.language.Field;
import graphql.schema.GraphQLFieldDefinition;

/**
 * One response key of a compiled object: the field (the first of those merged under the key: they share their
 * arguments), its definition (null for {@code __typename}) and how it is read.
 */
record Entry(Step step, Field field, GraphQLFieldDefinition definition, FieldRead read) {
}
