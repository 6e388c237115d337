package org.talksrecord.readplan;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import graphql.language.Argument;
import graphql.language.BooleanValue;
import graphql.language.Directive;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.TypeName;
import graphql.language.VariableReference;
import graphql.schema.GraphQLInterfaceType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLUnionType;

/**
 * Collects the fields of one object type from selection sets as GraphQL execution does: fragments that apply to
 * the type expanded, {@code @skip}/{@code @include} honoured, fields under one response key merged, in order.
 */
final class Selections {

    private final GraphQLSchema schema;
    private final Map<String, FragmentDefinition> fragments;
    private final Map<String, Object> variables;

    Selections(GraphQLSchema schema, Map<String, FragmentDefinition> fragments, Map<String, Object> variables) {
        this.schema = schema;
        this.fragments = fragments;
        this.variables = variables;
    }

    Map<String, List<Field>> collect(GraphQLObjectType type, List<SelectionSet> sets) {
        Map<String, List<Field>> fields = new LinkedHashMap<>();
        Set<String> visited = new HashSet<>();
        for (SelectionSet set : sets) {
            collect(type, set, fields, visited);
        }
        return fields;
    }

    /** The selection sets of fields merged under one key, to collect their sub-fields together. */
    static List<SelectionSet> subSelections(List<Field> fields) {
        List<SelectionSet> sets = new ArrayList<>(fields.size());
        fields.stream().map(Field::getSelectionSet).filter(set -> set != null).forEach(sets::add);
        return sets;
    }

    private void collect(GraphQLObjectType type, SelectionSet set, Map<String, List<Field>> fields,
            Set<String> visited) {
        for (Selection<?> selection : set.getSelections()) {
            if (selection instanceof Field field) {
                if (included(field.getDirectives())) {
                    String key = field.getAlias() != null ? field.getAlias() : field.getName();
                    fields.computeIfAbsent(key, k -> new ArrayList<>()).add(field);
                }
            } else if (selection instanceof InlineFragment inline) {
                if (included(inline.getDirectives()) && applies(type, inline.getTypeCondition())) {
                    collect(type, inline.getSelectionSet(), fields, visited);
                }
            } else if (selection instanceof FragmentSpread spread && included(spread.getDirectives())
                    && visited.add(spread.getName())) {
                FragmentDefinition fragment = fragments.get(spread.getName());
                if (fragment != null && included(fragment.getDirectives())
                        && applies(type, fragment.getTypeCondition())) {
                    collect(type, fragment.getSelectionSet(), fields, visited);
                }
            }
        }
    }

    private boolean applies(GraphQLObjectType type, TypeName condition) {
        if (condition == null || condition.getName().equals(type.getName())) {
            return true;
        }
        GraphQLType target = schema.getType(condition.getName());
        if (target instanceof GraphQLInterfaceType) {
            return type.getInterfaces().stream().anyMatch(iface -> iface.getName().equals(condition.getName()));
        }
        return target instanceof GraphQLUnionType union
                && union.getTypes().stream().anyMatch(member -> member.getName().equals(type.getName()));
    }

    private boolean included(List<Directive> directives) {
        for (Directive directive : directives) {
            if (directive.getName().equals("skip") && condition(directive)) {
                return false;
            }
            if (directive.getName().equals("include") && !condition(directive)) {
                return false;
            }
        }
        return true;
    }

    private boolean condition(Directive directive) {
        Argument argument = directive.getArgument("if");
        if (argument == null) {
            return false;
        }
        if (argument.getValue() instanceof BooleanValue literal) {
            return literal.isValue();
        }
        return argument.getValue() instanceof VariableReference reference
                && Boolean.TRUE.equals(variables.get(reference.getName()));
    }
}
