package org.talksrecord.readplan;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;

import org.talksrecord.common.BadUserInputException;
import org.talksrecord.common.GlobalId;
import org.talksrecord.common.NodeType;
import org.talksrecord.common.PageRequest;

import graphql.language.Argument;
import graphql.language.IntValue;
import graphql.language.NonNullType;
import graphql.language.NullValue;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.language.VariableDefinition;
import graphql.language.VariableReference;

/**
 * Binders for the arguments plans read. Anything a resolver would refuse or treat specially (a malformed ID,
 * a page size out of range, a cursor, a filter) makes the binder give the request back to the resolvers, so
 * their errors and rules stay the only ones.
 */
final class Arguments {

    private static final Object OTHER = new Object();

    private final Map<String, VariableDefinition> variables;

    Arguments(Map<String, VariableDefinition> variables) {
        this.variables = variables;
    }

    Binder pageSize(List<Argument> arguments) {
        Binder raw = raw(valueOf(arguments, "first"));
        return vars -> {
            Object value = raw.bind(vars);
            if (value != null && !(value instanceof Integer)) {
                throw new NotCompilable("page size");
            }
            try {
                return PageRequest.of((Integer) value, null).first();
            } catch (BadUserInputException e) {
                throw new NotCompilable("page size");
            }
        };
    }

    Binder key(List<Argument> arguments, String type) {
        Binder raw = raw(valueOf(arguments, "id"));
        NodeType expected = NodeType.byTypeName(type).orElseThrow();
        return vars -> {
            if (!(raw.bind(vars) instanceof String id)) {
                throw new NotCompilable("id");
            }
            try {
                return GlobalId.keyOf(id, expected, "id");
            } catch (BadUserInputException e) {
                throw new NotCompilable("malformed id");
            }
        };
    }

    /** A binder that passes when every argument except {@code allowed} is absent or null. */
    Binder onlyNull(List<Argument> arguments, String allowed) {
        List<Binder> others = arguments.stream()
                .filter(argument -> !argument.getName().equals(allowed))
                .map(argument -> raw(argument.getValue()))
                .toList();
        return vars -> {
            for (Binder other : others) {
                if (other.bind(vars) != null) {
                    throw new NotCompilable("argument");
                }
            }
            return null;
        };
    }

    private static Value<?> valueOf(List<Argument> arguments, String name) {
        return arguments.stream().filter(a -> a.getName().equals(name)).map(Argument::getValue).findFirst()
                .orElse(null);
    }

    private Binder raw(Value<?> value) {
        if (value instanceof VariableReference reference) {
            VariableDefinition definition = variables.get(reference.getName());
            Object fallback = literal(definition.getDefaultValue());
            boolean required = definition.getType() instanceof NonNullType && definition.getDefaultValue() == null;
            return vars -> {
                Object given = vars.containsKey(reference.getName()) ? vars.get(reference.getName()) : fallback;
                if (given == null && required) {
                    throw new NotCompilable("missing variable");
                }
                return given;
            };
        }
        Object constant = literal(value);
        return vars -> constant;
    }

    private static Object literal(Value<?> value) {
        if (value == null || value instanceof NullValue) {
            return null;
        }
        if (value instanceof IntValue number) {
            BigInteger big = number.getValue();
            return big.bitLength() < 32 ? big.intValue() : OTHER;
        }
        if (value instanceof StringValue text) {
            return text.getValue();
        }
        return OTHER;
    }
}
