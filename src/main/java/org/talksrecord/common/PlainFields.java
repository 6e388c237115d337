package org.talksrecord.common;

import java.util.Set;

import io.smallrye.graphql.execution.datafetcher.FieldDataFetcher;

import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
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

    static GraphQLCodeRegistry readDirectly(GraphQLSchema schema) {
        GraphQLCodeRegistry registry = schema.getCodeRegistry();
        return registry.transform(builder -> schema.getAllTypesAsList().stream()
                .filter(type -> type instanceof GraphQLObjectType && !type.getName().startsWith("__"))
                .map(GraphQLObjectType.class::cast)
                .forEach(type -> type.getFieldDefinitions().forEach(field -> {
                    FieldCoordinates at = FieldCoordinates.coordinates(type, field);
                    if (registry.getDataFetcher(at, field) instanceof FieldDataFetcher && isPlain(field)) {
                        builder.dataFetcher(at, PropertyDataFetcher.fetching(field.getName()));
                    }
                })));
    }

    private static boolean isPlain(GraphQLFieldDefinition field) {
        return !(GraphQLTypeUtil.unwrapAll(field.getType()) instanceof GraphQLScalarType scalar)
                || PLAIN_SCALARS.contains(scalar.getName());
    }
}
