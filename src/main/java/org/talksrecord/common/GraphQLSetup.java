package org.talksrecord.common;

import static graphql.Scalars.GraphQLID;
import static graphql.schema.GraphQLList.list;
import static graphql.schema.GraphQLNonNull.nonNull;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import graphql.GraphQL;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.Instrumentation;
import graphql.parser.ParserOptions;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;

@ApplicationScoped
public class GraphQLSetup {

    private final int maxParserTokens;

    public GraphQLSetup(@ConfigProperty(name = "talks.max-parser-tokens") int maxParserTokens) {
        this.maxParserTokens = maxParserTokens;
    }

    /**
     * Adds this service's instrumentation after the one SmallRye configured (query cache, limits), and caps
     * the tokens a document may have before parsing stops.
     */
    public GraphQL.Builder addInstrumentation(@Observes GraphQL.Builder builder) {
        ParserOptions limited = ParserOptions.getDefaultOperationParserOptions().transform(
                options -> options.maxTokens(maxParserTokens));
        ParserOptions.setDefaultOperationParserOptions(limited);
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
