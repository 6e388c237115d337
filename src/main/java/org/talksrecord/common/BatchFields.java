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
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;

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

    /** The direct fetcher for a {@code @Source List} field SmallRye serves with its batch fetcher, else null. */
    DataFetcher<?> direct(GraphQLObjectType type, GraphQLFieldDefinition field, DataFetcher<?> current) {
        if (!(current instanceof BatchDataFetcher)) {
            return null;
        }
        String coordinates = type.getName() + "." + field.getName();
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
