package org.talksrecord.common;

import static graphql.Scalars.GraphQLID;
import static graphql.schema.GraphQLList.list;
import static graphql.schema.GraphQLNonNull.nonNull;

import org.eclipse.microprofile.config.ConfigProvider;
import org.talksrecord.readplan.ReadWiring;

import io.smallrye.graphql.spi.EventingService;

import graphql.GraphQL;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.Instrumentation;
import graphql.parser.ParserOptions;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;

/**
 * Adjusts the schema and the engine while SmallRye builds them. Registered as a SmallRye eventing service
 * (META-INF/services) rather than through CDI events: with CDI events on, SmallRye fires one event per resolved
 * field.
 */
public class GraphQLSetup implements EventingService {

    @Override
    public String getConfigKey() {
        return null;
    }

    /**
     * Adds this service's instrumentation after the one SmallRye configured (query cache, limits), and caps
     * the tokens a document may have before parsing stops.
     */
    @Override
    public GraphQL.Builder beforeGraphQLBuild(GraphQL.Builder builder) {
        int maxParserTokens = ConfigProvider.getConfig().getValue("talks.max-parser-tokens", Integer.class);
        ParserOptions limited = ParserOptions.getDefaultOperationParserOptions().transform(
                options -> options.maxTokens(maxParserTokens));
        ParserOptions.setDefaultOperationParserOptions(limited);
        Instrumentation configured = builder.build().getInstrumentation();
        return builder.instrumentation(new ChainedInstrumentation(configured, new ErrorShaping()));
    }

    /**
     * Types the {@code nodes} argument as IDs and hands every read to the read plans ({@link ReadWiring}).
     * SmallRye cannot convert an {@code @Id} list argument, so {@code nodes} is declared with a String list; ID
     * values arrive as strings either way.
     */
    @Override
    public GraphQLSchema.Builder beforeSchemaBuild(GraphQLSchema.Builder builder) {
        GraphQLObjectType query = builder.build().getQueryType();
        GraphQLFieldDefinition nodes = query.getFieldDefinition("nodes");
        GraphQLFieldDefinition typed = nodes.transform(field -> field.argument(
                nodes.getArgument("ids").transform(argument -> argument.type(nonNull(list(nonNull(GraphQLID)))))));
        builder.query(query.transform(type -> type.field(typed)));
        return builder.codeRegistry(ReadWiring.wire(builder.build()));
    }
}
