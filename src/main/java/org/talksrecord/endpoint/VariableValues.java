package org.talksrecord.endpoint;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.talksrecord.common.ErrorCodes;
import org.talksrecord.common.InputFormats;
import org.talksrecord.readplan.Arguments;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import graphql.language.VariableDefinition;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLEnumValueDefinition;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;

/**
 * Coerces a request's variables to the operation's variable types before anything runs, as GraphQL's input
 * coercion does, naming the offending path (e.g. {@code filter.from}, {@code ids[2]}) in the service's words.
 * Values come out as Integer, Double, String (IDs, enums), Boolean, LocalDate, OffsetDateTime, Map and List.
 */
final class VariableValues {

    private VariableValues() {
    }

    /** The coerced values; every variable that does not coerce is named in one refusal. */
    static Map<String, Object> coerce(GraphQLSchema schema, List<VariableDefinition> definitions,
            Map<String, Object> raw) {
        Map<String, Object> coerced = new LinkedHashMap<>();
        JsonArray errors = new JsonArray();
        for (VariableDefinition definition : definitions) {
            String name = definition.getName();
            GraphQLInputType type = DocumentTypes.inputType(schema, definition.getType());
            try {
                if (raw.containsKey(name)) {
                    coerced.put(name, coerce(raw.get(name), type, name));
                } else if (definition.getDefaultValue() != null) {
                    coerced.put(name, Arguments.literal(definition.getDefaultValue(), type));
                } else if (type instanceof GraphQLNonNull) {
                    throw refused("Variable " + name + " is required.", name);
                }
            } catch (RequestError e) {
                e.body().getJsonArray("errors").forEach(errors::add);
            }
        }
        if (!errors.isEmpty()) {
            throw RequestError.refused(errors);
        }
        return coerced;
    }

    private static Object coerce(Object value, GraphQLInputType type, String path) {
        if (type instanceof GraphQLNonNull nonNull) {
            if (value == null) {
                throw refused(path + " must not be null.", path);
            }
            return coerce(value, (GraphQLInputType) nonNull.getWrappedType(), path);
        }
        if (value == null) {
            return null;
        }
        if (type instanceof GraphQLList list) {
            GraphQLInputType item = (GraphQLInputType) list.getWrappedType();
            if (!(value instanceof JsonArray || value instanceof List)) {
                return List.of(coerce(value, item, path));
            }
            List<?> items = value instanceof JsonArray array ? array.getList() : (List<?>) value;
            List<Object> coerced = new ArrayList<>(items.size());
            for (int i = 0; i < items.size(); i++) {
                coerced.add(coerce(items.get(i), item, path + "[" + i + "]"));
            }
            return coerced;
        }
        if (type instanceof GraphQLInputObjectType object) {
            return object(value, object, path);
        }
        if (type instanceof GraphQLEnumType enumType) {
            if (value instanceof String name && enumType.getValue(name) != null) {
                return name;
            }
            throw refused(path + " must be one of " + enumType.getValues().stream()
                    .map(GraphQLEnumValueDefinition::getName).collect(Collectors.joining(", ")) + ".", path);
        }
        return scalar(value, (GraphQLScalarType) type, path);
    }

    private static Map<String, Object> object(Object value, GraphQLInputObjectType type, String path) {
        if (!(value instanceof JsonObject || value instanceof Map)) {
            throw refused(path + " must be an input object of type " + type.getName() + ".", path);
        }
        Map<?, ?> given = value instanceof JsonObject json ? json.getMap() : (Map<?, ?>) value;
        for (Object key : given.keySet()) {
            if (type.getField(String.valueOf(key)) == null) {
                throw refused(path + " has no field " + key + " (" + type.getName() + " has "
                        + type.getFields().stream().map(GraphQLInputObjectField::getName)
                                .collect(Collectors.joining(", "))
                        + ").", path + "." + key);
            }
        }
        Map<String, Object> coerced = new LinkedHashMap<>();
        for (GraphQLInputObjectField field : type.getFields()) {
            String fieldPath = path + "." + field.getName();
            if (given.containsKey(field.getName())) {
                coerced.put(field.getName(), coerce(given.get(field.getName()), field.getType(), fieldPath));
            } else if (field.getType() instanceof GraphQLNonNull) {
                throw refused(fieldPath + " is required.", fieldPath);
            }
        }
        return coerced;
    }

    private static Object scalar(Object value, GraphQLScalarType type, String path) {
        switch (type.getName()) {
            case "Int" -> {
                Integer number = int32(value);
                if (number == null) {
                    throw refused(path + " must be " + ScalarExpectations.INT + ".", path);
                }
                return number;
            }
            case "Float" -> {
                if (value instanceof Number number && Double.isFinite(number.doubleValue())) {
                    return number.doubleValue();
                }
                throw refused(path + " must be " + ScalarExpectations.FLOAT + ".", path);
            }
            case "Boolean" -> {
                if (value instanceof Boolean bool) {
                    return bool;
                }
                throw refused(path + " must be " + ScalarExpectations.BOOLEAN + ".", path);
            }
            case "ID" -> {
                if (value instanceof String || int32(value) != null || value instanceof Long) {
                    return text(value.toString(), path);
                }
                throw refused(path + " must be " + ScalarExpectations.ID + ".", path);
            }
            case "Date" -> {
                LocalDate date = value instanceof String text ? InputFormats.date(text) : null;
                if (date == null) {
                    throw refused(path + " must be " + InputFormats.DATE_EXPECTED + ".", path);
                }
                return date;
            }
            case "DateTime" -> {
                OffsetDateTime dateTime = value instanceof String text ? InputFormats.dateTime(text) : null;
                if (dateTime == null) {
                    throw refused(path + " must be " + InputFormats.DATE_TIME_EXPECTED + ".", path);
                }
                return dateTime;
            }
            default -> {
                if (value instanceof String text) {
                    return text(text, path);
                }
                throw refused(path + " must be " + ScalarExpectations.STRING + ".", path);
            }
        }
    }

    /** Text PostgreSQL can store: no NUL character, no half of a surrogate pair. */
    static String text(String value, String path) {
        if (value.indexOf('\0') >= 0) {
            throw refused(path + " must not contain the NUL character.", path);
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length()
                    && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw refused(path + " must be valid Unicode text (it holds half of a surrogate pair).", path);
            }
        }
        return value;
    }

    /** An integral JSON number within 32 bits (1.0 counts, as JSON does not tell it from 1), else null. */
    private static Integer int32(Object value) {
        BigDecimal decimal = null;
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            decimal = BigDecimal.valueOf(((Number) value).longValue());
        } else if (value instanceof BigInteger number) {
            decimal = new BigDecimal(number);
        } else if (value instanceof BigDecimal number) {
            decimal = number;
        } else if (value instanceof Double || value instanceof Float) {
            double number = ((Number) value).doubleValue();
            decimal = Double.isFinite(number) ? BigDecimal.valueOf(number) : null;
        }
        try {
            return decimal == null ? null : decimal.intValueExact();
        } catch (ArithmeticException e) {
            return null;
        }
    }

    private static RequestError refused(String message, String path) {
        return RequestError.refused(ErrorCodes.BAD_USER_INPUT, message, path);
    }
}
