package org.talksrecord.readplan;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import org.talksrecord.changes.ChangeHub;
import org.talksrecord.common.GlobalId;
import org.talksrecord.common.Node;

import io.quarkus.arc.Arc;
import io.vertx.core.json.JsonObject;

import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLInterfaceType;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLTypeUtil;

/**
 * Hands every read of the schema SmallRye declared to the plans: root query fields read their whole selection
 * with {@link LookAhead}, mutation results are read back after commit, subscription fields publish what the
 * {@link ChangeHub} reads for them, every other field takes its value from its parent's JSON by response key.
 * Fails at start if the schema has a field {@link Tables} cannot read.
 */
public final class ReadWiring {

    private static final Set<String> CONNECTION_FIELDS = Set.of("edges", "nodes", "pageInfo", "totalCount");
    private static final Set<String> EDGE_FIELDS = Set.of("cursor", "node");
    private static final Set<String> PAGE_INFO_FIELDS = Set.of("hasNextPage", "hasPreviousPage", "startCursor",
            "endCursor");
    private static final String NODE = "Node";
    /** The key under which subscription payloads of interface type name their type; no part of a response. */
    public static final String TYPE_MARK = ObjectPlan.TYPE_MARK;

    private static volatile LookAhead lookAhead;
    private static volatile ChangeHub changeHub;

    private ReadWiring() {
    }

    public static GraphQLCodeRegistry wire(GraphQLSchema schema) {
        requireReadable(schema);
        GraphQLCodeRegistry registry = schema.getCodeRegistry();
        return registry.transform(codes -> {
            schema.getQueryType().getFieldDefinitions().forEach(field -> codes.dataFetcher(
                    FieldCoordinates.coordinates(schema.getQueryType(), field),
                    (DataFetcher<Object>) env -> lookAhead().queryField(env)));
            if (schema.getMutationType() != null) {
                schema.getMutationType().getFieldDefinitions().stream().filter(ReadWiring::returnsRecord)
                        .forEach(field -> {
                            FieldCoordinates at = FieldCoordinates.coordinates(schema.getMutationType(), field);
                            codes.dataFetcher(at, readBackAfterCommit(registry.getDataFetcher(at, field)));
                        });
            }
            if (schema.getSubscriptionType() != null) {
                schema.getSubscriptionType().getFieldDefinitions().forEach(field -> codes.dataFetcher(
                        FieldCoordinates.coordinates(schema.getSubscriptionType(), field),
                        (DataFetcher<Object>) env -> changeHub().subscribe(env)));
            }
            schema.getAllTypesAsList().stream()
                    .filter(type -> type instanceof GraphQLObjectType && Tables.table(type.getName()) != null
                            || isConnectionType(type))
                    .filter(type -> !type.getName().equals(Tables.QUERY))
                    .map(GraphQLObjectType.class::cast)
                    .forEach(type -> type.getFieldDefinitions().forEach(field -> codes.dataFetcher(
                            FieldCoordinates.coordinates(type, field), ReadWiring::byResponseKey)));
            codes.typeResolver(NODE, env -> env.getSchema().getObjectType(
                    ((JsonObject) env.getObject()).getString(ObjectPlan.TYPE_MARK)));
        });
    }

    private static Object byResponseKey(DataFetchingEnvironment env) {
        Object source = env.getSource();
        return source instanceof JsonObject object ? object.getValue(env.getField().getResultKey()) : null;
    }

    /** Mutation results are read by key after the write commits; their selection is checked before it. */
    private static DataFetcher<Object> readBackAfterCommit(DataFetcher<?> write) {
        return env -> {
            LookAhead.Record read = lookAhead().prepareRecord(env);
            return stage(write.get(env)).thenCompose(result -> {
                Object written = result instanceof DataFetcherResult<?> fetched ? fetched.getData() : result;
                if (!(written instanceof Node node)) {
                    return CompletableFuture.completedFuture(result);
                }
                return read.read(GlobalId.parse(node.getId(), "id").key())
                        .thenApply(json -> result instanceof DataFetcherResult<?> fetched
                                ? DataFetcherResult.newResult().data(json).errors(fetched.getErrors()).build()
                                : json);
            });
        };
    }

    private static CompletionStage<?> stage(Object value) {
        return value instanceof CompletionStage<?> stage ? stage : CompletableFuture.completedFuture(value);
    }

    private static boolean returnsRecord(GraphQLFieldDefinition field) {
        return Tables.table(GraphQLTypeUtil.unwrapAll(field.getType()).getName()) != null;
    }

    private static boolean isConnectionType(GraphQLNamedType type) {
        String name = type.getName();
        return type instanceof GraphQLObjectType
                && (name.endsWith("Connection") || name.endsWith("Edge") || name.equals("PageInfo"));
    }

    /** Every object type reachable from the query root has a table (or is a connection) that reads each field. */
    private static void requireReadable(GraphQLSchema schema) {
        Deque<GraphQLObjectType> pending = new ArrayDeque<>(List.of(schema.getQueryType()));
        Set<String> seen = new HashSet<>();
        while (!pending.isEmpty()) {
            GraphQLObjectType type = pending.pop();
            if (!seen.add(type.getName())) {
                continue;
            }
            for (GraphQLFieldDefinition field : type.getFieldDefinitions()) {
                if (!readable(type, field.getName())) {
                    throw new IllegalStateException("The read plans cannot read " + type.getName() + "."
                            + field.getName() + ": describe it in readplan.Tables");
                }
                GraphQLNamedType target = GraphQLTypeUtil.unwrapAll(field.getType());
                if (target instanceof GraphQLObjectType object) {
                    pending.push(object);
                } else if (target instanceof GraphQLInterfaceType node) {
                    schema.getImplementations(node).forEach(pending::push);
                }
            }
        }
    }

    private static boolean readable(GraphQLObjectType type, String field) {
        String name = type.getName();
        if (name.endsWith("Connection")) {
            return CONNECTION_FIELDS.contains(field);
        }
        if (name.endsWith("Edge")) {
            return EDGE_FIELDS.contains(field);
        }
        if (name.equals("PageInfo")) {
            return PAGE_INFO_FIELDS.contains(field);
        }
        Table table = Tables.table(name);
        return table != null && table.fields().containsKey(field);
    }

    private static LookAhead lookAhead() {
        if (lookAhead == null) {
            lookAhead = Arc.container().instance(LookAhead.class).get();
        }
        return lookAhead;
    }

    private static ChangeHub changeHub() {
        if (changeHub == null) {
            changeHub = Arc.container().instance(ChangeHub.class).get();
        }
        return changeHub;
    }
}
