package org.talksrecord.endpoint;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import org.talksrecord.common.ErrorShaping;
import org.talksrecord.readplan.ReadPlans;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.vertx.core.json.JsonObject;

import graphql.ExecutionInput;
import graphql.GraphQL;
import graphql.schema.GraphQLSchema;

/**
 * Answers operations that ask for the schema ({@code __schema}, {@code __type}) with graphql-java's own
 * introspection, under its good-faith guard (one {@code __schema} or {@code __type}, no cycles through the
 * type fields, bounded size) instead of the data depth limit. An operation the guard refuses never runs, so it is a
 * request error (a 4xx status under {@code application/graphql-response+json}). The schema never changes while the
 * service runs, so answers of operations that read nothing else are kept.
 */
@ApplicationScoped
public class SchemaIntrospection {

    private static final int CAPACITY = 200;

    private final Instance<GraphQLSchema> schema;
    private final Cache<String, ReadPlans.Answer> answers = Caffeine.newBuilder().maximumSize(CAPACITY).build();
    private volatile GraphQL graphQL;

    public SchemaIntrospection(Instance<GraphQLSchema> schema) {
        this.schema = schema;
    }

    /** {@code schemaOnly}: the operation reads nothing but the schema, so its answer can be kept. */
    CompletionStage<ReadPlans.Answer> execute(String document, String operationName, JsonObject variables,
            boolean schemaOnly) {
        String key = document + '\u0000' + operationName + '\u0000' + (variables == null ? "" : variables.encode());
        ReadPlans.Answer known = schemaOnly ? answers.getIfPresent(key) : null;
        if (known != null) {
            return CompletableFuture.completedFuture(known);
        }
        ExecutionInput input = ExecutionInput.newExecutionInput().query(document).operationName(operationName)
                .variables(variables == null ? Map.of() : variables.getMap()).build();
        return graphQL().executeAsync(input).thenApply(result -> {
            if (!result.isDataPresent()) {
                throw RequestError.refused(new JsonObject(result.toSpecification()).getJsonArray("errors"));
            }
            ReadPlans.Answer answer = new ReadPlans.Answer(new JsonObject(result.toSpecification()).toBuffer(),
                    !result.getErrors().isEmpty());
            if (schemaOnly && !answer.hasErrors()) {
                answers.put(key, answer);
            }
            return answer;
        });
    }

    private GraphQL graphQL() {
        if (graphQL == null) {
            graphQL = GraphQL.newGraphQL(schema.get()).instrumentation(new ErrorShaping()).build();
        }
        return graphQL;
    }
}
