package org.talksrecord.readplan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.talksrecord.common.BadUserInputException;

import graphql.language.Argument;
import graphql.language.ArrayValue;
import graphql.language.BooleanValue;
import graphql.language.EnumValue;
import graphql.language.Field;
import graphql.language.FloatValue;
import graphql.language.IntValue;
import graphql.language.NullValue;
import graphql.language.ObjectField;
import graphql.language.ObjectValue;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.language.VariableReference;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLScalarType;

/**
 * A field's argument values from its literals and the request's variables, already coerced (the document was
 * validated, the variables checked): Integer, Double, String (also for IDs, enums, dates), Boolean, Map, List.
 */
public final class Arguments {

    private Arguments() {
    }

    static Map<String, Object> of(GraphQLFieldDefinition definition, Field field, Map<String, Object> variables) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (Argument argument : field.getArguments()) {
            GraphQLArgument declared = definition.getArgument(argument.getName());
            if (declared != null) {
                values.put(argument.getName(), value(argument.getValue(), declared.getType(), variables));
            }
        }
        return values;
    }

    /**
     * An Int argument. The front door coerces to Integer; operations SmallRye executes coerce its own way
     * (numbers may come as BigDecimal), so any whole number within 32 bits is taken.
     */
    static Integer integer(Object value, String field) {
        if (value == null || value instanceof Integer) {
            return (Integer) value;
        }
        try {
            if (value instanceof Number number) {
                return new BigDecimal(number.toString()).intValueExact();
            }
        } catch (ArithmeticException | NumberFormatException e) {
            // refused below
        }
        throw new BadUserInputException(field + " must be an integer from -2147483648 to 2147483647.", field);
    }

    /** A literal of the document (e.g. a variable's default value) as a value of {@code type}. */
    public static Object literal(Value<?> value, GraphQLInputType type) {
        return value(value, type, Map.of());
    }

    static Object value(Value<?> value, GraphQLInputType type, Map<String, Object> variables) {
        GraphQLInputType unwrapped = type instanceof GraphQLNonNull nonNull
                ? (GraphQLInputType) nonNull.getWrappedType()
                : type;
        if (value instanceof VariableReference reference) {
            return variables.get(reference.getName());
        }
        if (value == null || value instanceof NullValue) {
            return null;
        }
        if (unwrapped instanceof GraphQLList list) {
            GraphQLInputType item = (GraphQLInputType) list.getWrappedType();
            if (!(value instanceof ArrayValue array)) {
                return List.of(value(value, item, variables));
            }
            List<Object> items = new ArrayList<>(array.getValues().size());
            array.getValues().forEach(element -> items.add(value(element, item, variables)));
            return items;
        }
        if (unwrapped instanceof GraphQLInputObjectType object && value instanceof ObjectValue fields) {
            Map<String, Object> map = new LinkedHashMap<>();
            for (ObjectField field : fields.getObjectFields()) {
                map.put(field.getName(), value(field.getValue(), object.getField(field.getName()).getType(),
                        variables));
            }
            return map;
        }
        return scalar(value, unwrapped);
    }

    private static Object scalar(Value<?> value, GraphQLInputType type) {
        if (value instanceof IntValue number) {
            String name = type instanceof GraphQLScalarType scalar ? scalar.getName() : "";
            return switch (name) {
                case "Int" -> number.getValue().intValue();
                case "Float" -> number.getValue().doubleValue();
                default -> number.getValue().toString();
            };
        }
        if (value instanceof FloatValue number) {
            return number.getValue().doubleValue();
        }
        if (value instanceof StringValue text) {
            return text.getValue();
        }
        if (value instanceof BooleanValue bool) {
            return bool.isValue();
        }
        if (value instanceof EnumValue enumValue) {
            return enumValue.getName();
        }
        throw new IllegalArgumentException("not a scalar literal: " + value);
    }
}
