package org.talksrecord.endpoint;

import graphql.language.ListType;
import graphql.language.NonNullType;
import graphql.language.Type;
import graphql.language.TypeName;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;

/** The schema type a type reference of the document names, e.g. a variable's {@code [ID!]!}. */
final class DocumentTypes {

    private DocumentTypes() {
    }

    static GraphQLInputType inputType(GraphQLSchema schema, Type<?> type) {
        return (GraphQLInputType) of(schema, type);
    }

    private static GraphQLType of(GraphQLSchema schema, Type<?> type) {
        if (type instanceof NonNullType nonNull) {
            return GraphQLNonNull.nonNull(of(schema, nonNull.getType()));
        }
        if (type instanceof ListType list) {
            return GraphQLList.list(of(schema, list.getType()));
        }
        return schema.getType(((TypeName) type).getName());
    }
}
