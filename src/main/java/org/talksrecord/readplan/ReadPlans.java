package org.talksrecord.readplan;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import org.talksrecord.reliability.Statements;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.sqlclient.Tuple;

import graphql.language.Document;
import graphql.language.FragmentDefinition;
import graphql.language.OperationDefinition;
import graphql.schema.GraphQLSchema;

/** Compiles query operations into read plans and runs them: one SQL statement per request. */
@ApplicationScoped
public class ReadPlans {

    private final Instance<GraphQLSchema> schema;
    private final Statements statements;

    public ReadPlans(Instance<GraphQLSchema> schema, Statements statements) {
        this.schema = schema;
        this.statements = statements;
    }

    /** Compiles a query operation of a validated document; {@code variables} decide its directives. */
    public ReadPlan compile(Document document, OperationDefinition operation, Map<String, Object> variables) {
        GraphQLSchema served = schema.get();
        Compiler compiler = new Compiler(served, fragments(document), variables, false);
        return new ReadPlan(compiler.object(served.getQueryType(), List.of(operation.getSelectionSet())));
    }

    /** The whole response of one request as JSON bytes, and whether it holds errors. */
    public record Answer(Buffer body, boolean hasErrors) {
    }

    /** Runs within the request's time budget (a coded TIMEOUT or SERVICE_UNAVAILABLE failure otherwise). */
    public Future<Answer> execute(ReadPlan plan, Map<String, Object> variables) {
        ReadPlan.Statement statement = plan.statement(variables);
        return statements.run(statement.sql(), Tuple.from(statement.params())).map(rows -> {
            Buffer body = rows.iterator().next().getBuffer(0);
            Buffer withErrors = statement.errors().isEmpty() ? null : ResponseErrors.apply(body, statement.errors());
            return withErrors == null ? new Answer(body, false) : new Answer(withErrors, true);
        });
    }

    static Map<String, FragmentDefinition> fragments(Document document) {
        return document.getDefinitionsOfType(FragmentDefinition.class).stream()
                .collect(Collectors.toMap(FragmentDefinition::getName, Function.identity(), (a, b) -> a));
    }
}
