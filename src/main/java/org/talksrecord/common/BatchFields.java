package org.talksrecord.common;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.smallrye.graphql.execution.datafetcher.BatchDataFetcher;
import io.smallrye.graphql.execution.datafetcher.helper.ArgumentHelper;
import io.smallrye.graphql.execution.datafetcher.helper.BatchLoaderHelper;
import io.smallrye.graphql.schema.model.Operation;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;

/**
 * Hands every {@code @Source List} field straight to the data loader SmallRye registered for it. SmallRye's own
 * per-item fetcher rebuilds its request context (selection set included) and wraps the load in a context-
 * propagating Uni for each source object before the batch runs; the loader, the batch method and its one
 * statement stay SmallRye's.
 */
final class BatchFields {

    private final Map<String, Operation> operations = new HashMap<>();

    void remember(Operation operation) {
        if (operation.isSourceField()) {
            operations.put(operation.getSourceFieldOn().getName() + "." + operation.getName(), operation);
        }
    }

    GraphQLCodeRegistry loadDirectly(GraphQLSchema schema) {
        GraphQLCodeRegistry registry = schema.getCodeRegistry();
        return registry.transform(builder -> schema.getAllTypesAsList().stream()
                .filter(type -> type instanceof GraphQLObjectType)
                .map(GraphQLObjectType.class::cast)
                .forEach(type -> type.getFieldDefinitions().forEach(field -> {
                    FieldCoordinates at = FieldCoordinates.coordinates(type, field);
                    if (registry.getDataFetcher(at, field) instanceof BatchDataFetcher) {
                        builder.dataFetcher(at, direct(type.getName() + "." + field.getName()));
                    }
                })));
    }

    private DataFetcher<Object> direct(String coordinates) {
        Operation operation = operations.get(coordinates);
        if (operation == null) {
            throw new IllegalStateException("No batch operation recorded for " + coordinates);
        }
        ArgumentHelper arguments = new ArgumentHelper(operation.getArguments());
        String loader = new BatchLoaderHelper().getName(operation);
        return environment -> load(environment, loader, arguments.getArguments(environment, true));
    }

    private static Object load(DataFetchingEnvironment environment, String loader, List<Object> arguments) {
        Map<String, Object> batchContext = new HashMap<>();
        batchContext.put(BatchLoaderHelper.ARGUMENTS, arguments);
        batchContext.put(BatchLoaderHelper.DATA_FETCHING_ENVIRONMENT, environment);
        return environment.getDataLoader(loader).load(environment.getSource(), batchContext);
    }
}
