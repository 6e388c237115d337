package org.talksrecord.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import graphql.language.StringValue;
import graphql.schema.Coercing;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;

/** The public contract as a graphql-java schema, for tests of the compiler and the front door without a server. */
public final class ContractSchema {

    private static GraphQLSchema schema;

    private ContractSchema() {
    }

    /** A scalar written as a string; the service checks its format itself. */
    private static GraphQLScalarType text(String name) {
        return GraphQLScalarType.newScalar().name(name).coercing(new Coercing<Object, Object>() {
            @Override
            public Object serialize(Object value) {
                return value;
            }

            @Override
            public Object parseValue(Object value) {
                return value;
            }

            @Override
            public Object parseLiteral(Object value) {
                return ((StringValue) value).getValue();
            }
        }).build();
    }

    public static synchronized GraphQLSchema get() {
        if (schema == null) {
            try (InputStream in = ContractSchema.class.getResourceAsStream("/contract/schema.graphql")) {
                String sdl = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                RuntimeWiring wiring = RuntimeWiring.newRuntimeWiring().scalar(text("Date"))
                        .scalar(text("DateTime")).type("Node", type -> type.typeResolver(env -> null)).build();
                schema = new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse(sdl), wiring);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return schema;
    }
}
