package org.talksrecord.generative;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.ExecutionResultImpl;
import graphql.GraphQL;
import graphql.GraphQLContext;
import graphql.GraphqlErrorBuilder;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.CoercedVariables;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.language.IntValue;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.MockedWiringFactory;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.ScalarWiringEnvironment;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;

/**
 * graphql-java itself, over the public contract, with strict ISO {@code Date} and {@code DateTime} scalars and
 * the service's depth and complexity limits: the judge of what the generator claims about its documents.
 */
final class ReferenceEngine {

    private static final Set<String> STRICT = Set.of("Date", "DateTime");

    final GraphQLSchema schema;
    private final GraphQL graphQL;

    private ReferenceEngine(GraphQLSchema schema) {
        this.schema = schema;
        this.graphQL = GraphQL.newGraphQL(schema).instrumentation(new ChainedInstrumentation(List.of(
                new MaxQueryDepthInstrumentation(12), new MaxQueryComplexityInstrumentation(400)))).build();
    }

    static ReferenceEngine contract() {
        try (InputStream in = ReferenceEngine.class.getResourceAsStream("/contract/schema.graphql")) {
            String sdl = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            RuntimeWiring wiring = RuntimeWiring.newRuntimeWiring().strictMode(false)
                    .wiringFactory(new MockedWiringFactory() {
                        @Override
                        public boolean providesScalar(ScalarWiringEnvironment environment) {
                            return !STRICT.contains(environment.getScalarTypeDefinition().getName())
                                    && super.providesScalar(environment);
                        }
                    })
                    .scalar(strictId())
                    .scalar(strict("Date", LocalDate::parse))
                    .scalar(strict("DateTime", OffsetDateTime::parse))
                    .build();
            return new ReferenceEngine(new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse(sdl),
                    wiring));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs a generated request as the server would read it: variables decoded from the JSON sent. */
    ExecutionResult run(Case sent) {
        Map<String, Object> variables;
        try {
            variables = new JsonObject(Json.write(sent.variables())).getMap();
        } catch (DecodeException e) {
            return ExecutionResultImpl.newExecutionResult().addError(GraphqlErrorBuilder.newError()
                    .message("variables cannot be read: " + e.getMessage()).build()).build();
        }
        ExecutionInput.Builder input = ExecutionInput.newExecutionInput(sent.document()).variables(variables);
        if (sent.operationName() != null) {
            input.operationName(sent.operationName());
        }
        try {
            return graphQL.execute(input.build());
        } catch (RuntimeException e) {
            // graphql-java fails on some invalid documents (a subscription with @include on a missing variable)
            return ExecutionResultImpl.newExecutionResult().addError(GraphqlErrorBuilder.newError()
                    .message("refused: " + e).build()).build();
        }
    }

    /** IDs as the GraphQL spec has them: strings or integers (graphql-java takes any value, by toString). */
    private static GraphQLScalarType strictId() {
        return GraphQLScalarType.newScalar().name("ID").coercing(new Coercing<Object, String>() {
            @Override
            public String serialize(Object value, GraphQLContext context, Locale locale) {
                return value.toString();
            }

            @Override
            public Object parseValue(Object input, GraphQLContext context, Locale locale) {
                if (input instanceof String || input instanceof Integer || input instanceof Long
                        || input instanceof BigInteger) {
                    return input.toString();
                }
                throw new CoercingParseValueException("ID takes a string or an integer");
            }

            @Override
            public Object parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context,
                    Locale locale) {
                if (input instanceof StringValue text) {
                    return text.getValue();
                }
                if (input instanceof IntValue number) {
                    return number.getValue().toString();
                }
                throw new CoercingParseLiteralException("ID takes a string or an integer");
            }
        }).build();
    }

    private static GraphQLScalarType strict(String name, Function<String, Object> parse) {
        return GraphQLScalarType.newScalar().name(name).coercing(new Coercing<Object, String>() {
            @Override
            public String serialize(Object value, GraphQLContext context, Locale locale) {
                return value.toString();
            }

            @Override
            public Object parseValue(Object input, GraphQLContext context, Locale locale) {
                if (!(input instanceof String text)) {
                    throw new CoercingParseValueException(name + " takes a string");
                }
                try {
                    return parse.apply(text);
                } catch (DateTimeParseException e) {
                    throw new CoercingParseValueException(name + " is malformed");
                }
            }

            @Override
            public Object parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context,
                    Locale locale) {
                if (!(input instanceof StringValue text)) {
                    throw new CoercingParseLiteralException(name + " takes a string");
                }
                try {
                    return parse.apply(text.getValue());
                } catch (DateTimeParseException e) {
                    throw new CoercingParseLiteralException(name + " is malformed");
                }
            }
        }).build();
    }
}
