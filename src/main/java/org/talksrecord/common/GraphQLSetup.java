package org.talksrecord.common;

import static graphql.Scalars.GraphQLID;
import static graphql.schema.GraphQLList.list;
import static graphql.schema.GraphQLNonNull.nonNull;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import graphql.GraphQL;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.Instrumentation;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;

@ApplicationScoped
public class GraphQLSetup {

    /** Adds this service's instrumentation after the one SmallRye configured (query cache, limits). */
    public GraphQL.Builder addInstrumentation(@Observes GraphQL.Builder builder) {
        Instrumentation configured = builder.build().getInstrumentation();
        return builder.instrumentation(new ChainedInstrumentation(configured, new ErrorShaping()));
    }

    /**
     * SmallRye cannot convert an {@code @Id} list argument, so {@code nodes} is declared with a String list and
     * its argument is typed {@code [ID!]!} here; ID values arrive as strings either way.
     */
    public GraphQLSchema.Builder typeNodesArgumentAsIds(@Observes GraphQLSchema.Builder builder) {
        GraphQLObjectType query = builder.build().getQueryType();
        GraphQLFieldDefinition nodes = query.getFieldDefinition("nodes");
        GraphQLFieldDefinition typed = nodes.transform(field -> field.argument(
                nodes.getArgument("ids").transform(argument -> argument.type(nonNull(list(nonNull(GraphQLID)))))));
        return builder.query(query.transform(type -> type.field(typed)));
    }
}
