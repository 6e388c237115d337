package org.talksrecord.readplan;

import graphql.schema.GraphQLOutputType;

/** One response key on the way from the root to a value, with its GraphQL type (for null propagation). */
record Step(String key, GraphQLOutputType type) {
}
