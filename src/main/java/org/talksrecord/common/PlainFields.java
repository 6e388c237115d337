package org.talksrecord.common;

import java.util.Set;

import io.smallrye.graphql.execution.datafetcher.FieldDataFetcher;

import graphql.schema.DataFetcher;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.PropertyDataFetcher;

/**
 * Reads plain fields of the GraphQL records (strings, numbers, flags, IDs, enums, nested records and lists of
 * them) with graphql-java's property fetcher. SmallRye's own fetcher rebuilds its request context for every
 * field, selection set included, which the bench profile showed as the largest cost of list pages. Fields of
 * other scalars (date-times) keep SmallRye's fetcher and its formatting.
 */
final class PlainFields {

    private static final Set<String> PLAIN_SCALARS = Set.of("String", "Int", "Float", "Boolean", "ID");

    private PlainFields() {
    }

    /** The direct fetcher for a plain field SmallRye serves with its own, else null. */
    static DataFetcher<?> direct(GraphQLFieldDefinition field, DataFetcher<?> current) {
        return current instanceof FieldDataFetcher && isPlain(field)
                ? PropertyDataFetcher.fetching(field.getName())
                : null;
    }

    private static boolean isPlain(GraphQLFieldDefinition field) {
        return !(GraphQLTypeUtil.unwrapAll(field.getType()) instanceof GraphQLScalarType scalar)
                || PLAIN_SCALARS.contains(scalar.getName());
    }
}
