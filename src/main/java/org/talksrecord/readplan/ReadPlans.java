package org.talksrecord.readplan;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import graphql.ParseAndValidate;
import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;
import graphql.schema.GraphQLSchema;

/**
 * Compiled plans by document: a document is parsed, validated against the served schema and compiled once;
 * one the plans do not cover is remembered as such and always goes to the resolvers.
 */
@ApplicationScoped
public class ReadPlans {

    private static final Logger LOG = Logger.getLogger(ReadPlans.class);
    private static final int CAPACITY = 2000;

    private record DocumentKey(String query, String operationName) {
    }

    private final Map<DocumentKey, Optional<ReadPlan>> plans = new ConcurrentHashMap<>();
    private final Instance<GraphQLSchema> schema;
    private final int maxDepth;
    private final int maxComplexity;

    public ReadPlans(Instance<GraphQLSchema> schema,
            @ConfigProperty(name = "quarkus.smallrye-graphql.instrumentation-query-depth") int maxDepth,
            @ConfigProperty(name = "quarkus.smallrye-graphql.instrumentation-query-complexity") int maxComplexity) {
        this.schema = schema;
        this.maxDepth = maxDepth;
        this.maxComplexity = maxComplexity;
    }

    /** Whether the document is answered by a compiled plan (when its variables allow). */
    public boolean covers(String query, String operationName) {
        return planFor(query, operationName) != null;
    }

    ReadPlan planFor(String query, String operationName) {
        DocumentKey key = new DocumentKey(query, operationName);
        Optional<ReadPlan> plan = plans.get(key);
        if (plan == null) {
            plan = compile(query, operationName);
            // past the capacity, new documents are compiled per request instead of filling the heap
            if (plans.size() < CAPACITY) {
                plans.put(key, plan);
            }
        }
        return plan.orElse(null);
    }

    private Optional<ReadPlan> compile(String query, String operationName) {
        try {
            Document document = new Parser().parseDocument(ParserEnvironment.newParserEnvironment().document(query)
                    .parserOptions(ParserOptions.getDefaultOperationParserOptions()).build());
            if (!ParseAndValidate.validate(schema.get(), document).isEmpty()) {
                return Optional.empty();
            }
            OperationDefinition operation = operation(document, operationName);
            return Optional.of(PlanCompiler.compile(document, operation, maxDepth, maxComplexity));
        } catch (NotCompilable e) {
            LOG.debugf("resolvers answer this document: %s", e.getMessage());
            return Optional.empty();
        } catch (RuntimeException e) {
            // a syntax error or a refused parse: the resolvers report it
            return Optional.empty();
        }
    }

    private static OperationDefinition operation(Document document, String operationName) {
        List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class).stream()
                .filter(op -> operationName == null || operationName.equals(op.getName()))
                .toList();
        if (operations.size() != 1 || operations.get(0).getOperation() != OperationDefinition.Operation.QUERY) {
            throw new NotCompilable("operation");
        }
        return operations.get(0);
    }
}
