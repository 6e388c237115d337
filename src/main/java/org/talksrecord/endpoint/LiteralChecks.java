package org.talksrecord.endpoint;

import java.util.ArrayList;
import java.util.List;

import org.talksrecord.common.ErrorCodes;
import org.talksrecord.common.InputFormats;

import io.vertx.core.json.JsonObject;

import graphql.language.Argument;
import graphql.language.ArrayValue;
import graphql.language.BooleanValue;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FloatValue;
import graphql.language.FragmentDefinition;
import graphql.language.InlineFragment;
import graphql.language.IntValue;
import graphql.language.Node;
import graphql.language.NullValue;
import graphql.language.ObjectField;
import graphql.language.ObjectValue;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.language.VariableDefinition;
import graphql.language.VariableReference;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;

/**
 * Checks what GraphQL validation leaves to the scalars, which accept too much (SmallRye's accept strings for
 * numbers and any string as a date): each literal must be of its scalar's kind, integers within 32 bits, dates
 * and date-times well-formed, and no string may hold a NUL character (PostgreSQL cannot store it).
 */
final class LiteralChecks {

    private final GraphQLSchema schema;
    private final List<JsonObject> errors = new ArrayList<>();

    private LiteralChecks(GraphQLSchema schema) {
        this.schema = schema;
    }

    /** The errors of a document that passed GraphQL validation; empty when its literals are all well-formed. */
    static List<JsonObject> of(GraphQLSchema schema, Document document) {
        LiteralChecks checks = new LiteralChecks(schema);
        for (OperationDefinition operation : document.getDefinitionsOfType(OperationDefinition.class)) {
            for (VariableDefinition variable : operation.getVariableDefinitions()) {
                if (variable.getDefaultValue() != null) {
                    checks.value(variable.getDefaultValue(), DocumentTypes.inputType(schema, variable.getType()),
                            variable.getName(), variable);
                }
            }
            checks.selections(operation.getSelectionSet(), rootType(schema, operation));
        }
        for (FragmentDefinition fragment : document.getDefinitionsOfType(FragmentDefinition.class)) {
            checks.selections(fragment.getSelectionSet(), schema.getType(fragment.getTypeCondition().getName()));
        }
        return checks.errors;
    }

    private static GraphQLType rootType(GraphQLSchema schema, OperationDefinition operation) {
        return switch (operation.getOperation()) {
            case MUTATION -> schema.getMutationType();
            case SUBSCRIPTION -> schema.getSubscriptionType();
            default -> schema.getQueryType();
        };
    }

    private void selections(SelectionSet set, GraphQLType parent) {
        if (set == null) {
            return;
        }
        for (Selection<?> selection : set.getSelections()) {
            if (selection instanceof Field field && parent instanceof GraphQLFieldsContainer container) {
                GraphQLFieldDefinition definition = container.getFieldDefinition(field.getName());
                if (definition == null) {
                    continue;
                }
                for (Argument argument : field.getArguments()) {
                    GraphQLArgument declared = definition.getArgument(argument.getName());
                    if (declared != null) {
                        value(argument.getValue(), declared.getType(), argument.getName(), argument);
                    }
                }
                selections(field.getSelectionSet(), GraphQLTypeUtil.unwrapAll(definition.getType()));
            } else if (selection instanceof InlineFragment inline) {
                selections(inline.getSelectionSet(), inline.getTypeCondition() == null
                        ? parent
                        : schema.getType(inline.getTypeCondition().getName()));
            }
        }
    }

    private void value(Value<?> value, GraphQLInputType type, String path, Node<?> at) {
        GraphQLInputType unwrapped = type instanceof GraphQLNonNull nonNull
                ? (GraphQLInputType) nonNull.getWrappedType()
                : type;
        if (unwrapped instanceof GraphQLList list) {
            GraphQLInputType item = (GraphQLInputType) list.getWrappedType();
            if (value instanceof ArrayValue array) {
                for (int i = 0; i < array.getValues().size(); i++) {
                    value(array.getValues().get(i), item, path + "[" + i + "]", at);
                }
            } else {
                value(value, item, path, at);
            }
        } else if (unwrapped instanceof GraphQLInputObjectType object && value instanceof ObjectValue fields) {
            for (ObjectField field : fields.getObjectFields()) {
                GraphQLInputObjectField declared = object.getField(field.getName());
                if (declared != null) {
                    value(field.getValue(), declared.getType(), path + "." + field.getName(), at);
                }
            }
        } else if (unwrapped instanceof GraphQLScalarType scalar && !(value instanceof NullValue)
                && !(value instanceof VariableReference)) {
            String problem = problem(value, scalar.getName());
            if (problem != null) {
                errors.add(RequestError.error(ErrorCodes.GRAPHQL_VALIDATION_FAILED, path + " must be " + problem + ".",
                        path, at.getSourceLocation() == null ? List.of() : List.of(at.getSourceLocation())));
            }
        }
    }

    /** What a literal of the scalar should have been, or null when it is one; the scalars accept too much. */
    private static String problem(Value<?> value, String scalar) {
        if (value instanceof StringValue text && text.getValue().indexOf('\0') >= 0) {
            return "free of the NUL character";
        }
        return switch (scalar) {
            case "Int" -> value instanceof IntValue number && number.getValue().bitLength() < 32
                    ? null
                    : ScalarExpectations.INT;
            case "Float" -> value instanceof IntValue || value instanceof FloatValue ? null : ScalarExpectations.FLOAT;
            case "Boolean" -> value instanceof BooleanValue ? null : ScalarExpectations.BOOLEAN;
            case "ID" -> value instanceof StringValue || value instanceof IntValue ? null : ScalarExpectations.ID;
            case "Date" -> value instanceof StringValue text && InputFormats.date(text.getValue()) != null
                    ? null
                    : InputFormats.DATE_EXPECTED;
            case "DateTime" -> value instanceof StringValue text && InputFormats.dateTime(text.getValue()) != null
                    ? null
                    : InputFormats.DATE_TIME_EXPECTED;
            default -> value instanceof StringValue ? null : ScalarExpectations.STRING;
        };
    }
}
