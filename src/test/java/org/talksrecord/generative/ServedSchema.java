package org.talksrecord.generative;

import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.UnExecutableSchemaGenerator;

/** The schema as the service serves it (SDL), and a query counting every root list, to see nothing was written. */
final class ServedSchema {

    private ServedSchema() {
    }

    static GraphQLSchema parse(String sdl) {
        return UnExecutableSchemaGenerator.makeUnExecutableSchema(new SchemaParser().parse(sdl));
    }

    /** {@code totalCount} of every root field that takes no required argument and returns a connection. */
    static String totalsQuery(GraphQLSchema schema) {
        StringBuilder query = new StringBuilder("{ ");
        for (GraphQLFieldDefinition field : schema.getQueryType().getFieldDefinitions()) {
            GraphQLNamedType type = GraphQLTypeUtil.unwrapAll(field.getType());
            boolean free = field.getArguments().stream().noneMatch(a -> GraphQLTypeUtil.isNonNull(a.getType()));
            if (free && type instanceof GraphQLObjectType object && object.getFieldDefinition("totalCount") != null) {
                query.append(field.getName()).append(" { totalCount } ");
            }
        }
        return query.append("}").toString();
    }
}
