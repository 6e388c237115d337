package org.talksrecord.endpoint;

import java.util.ArrayList;
import java.util.List;

import org.talksrecord.common.ErrorCodes;
import org.talksrecord.common.InputFormats;

import io.vertx.core.json.JsonObject;

import graphql.language.Argument;
import graphql.language.ArrayValue;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.InlineFragment;
import graphql.language.Node;
import graphql.language.ObjectField;
import graphql.language.ObjectValue;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.language.VariableDefinition;
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
 * Checks what GraphQL validation leaves to the scalars, which accept any string: literal dates and date-times
 * must be well-formed, and no literal string may hold a NUL character (PostgreSQL cannot store it).
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
        } else if (value instanceof StringValue text) {
            String problem = problem(text.getValue(), unwrapped);
            if (problem != null) {
                errors.add(RequestError.error(ErrorCodes.GRAPHQL_VALIDATION_FAILED, path + " must be " + problem + ".",
                        path, at.getSourceLocation() == null ? List.of() : List.of(at.getSourceLocation())));
            }
        }
    }

    private static String problem(String text, GraphQLInputType type) {
        if (text.indexOf('\0') >= 0) {
            return "free of the NUL character";
        }
        String scalar = type instanceof GraphQLScalarType named ? named.getName() : "";
        if (scalar.equals("Date") && InputFormats.date(text) == null) {
            return InputFormats.DATE_EXPECTED;
        }
        if (scalar.equals("DateTime") && InputFormats.dateTime(text) == null) {
            return InputFormats.DATE_TIME_EXPECTED;
        }
        return null;
    }
}
