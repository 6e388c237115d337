package org.talksrecord.readplan;

import java.util.LinkedHashMap;
import java.util.Map;

import org.talksrecord.common.NodeType;

import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.TypeName;

/**
 * Flattens a selection set of one object type into its response keys, in document order. Directives and keys
 * selected twice (which GraphQL merges) are left to the resolvers.
 */
final class Selections {

    private final Map<String, FragmentDefinition> fragments;

    Selections(Map<String, FragmentDefinition> fragments) {
        this.fragments = fragments;
    }

    Map<String, Field> collect(String type, SelectionSet selectionSet) {
        if (selectionSet == null) {
            throw new NotCompilable("no selection on " + type);
        }
        Map<String, Field> fields = new LinkedHashMap<>();
        collect(type, selectionSet, fields);
        return fields;
    }

    private void collect(String type, SelectionSet selectionSet, Map<String, Field> fields) {
        for (Selection<?> selection : selectionSet.getSelections()) {
            if (selection instanceof Field field) {
                String key = field.getAlias() != null ? field.getAlias() : field.getName();
                if (!field.getDirectives().isEmpty() || fields.putIfAbsent(key, field) != null) {
                    throw new NotCompilable("directive or merged key " + key);
                }
            } else if (selection instanceof InlineFragment inline && inline.getDirectives().isEmpty()
                    && applies(type, inline.getTypeCondition())) {
                collect(type, inline.getSelectionSet(), fields);
            } else if (selection instanceof FragmentSpread spread && spread.getDirectives().isEmpty()
                    && applies(type, fragments.get(spread.getName()).getTypeCondition())) {
                collect(type, fragments.get(spread.getName()).getSelectionSet(), fields);
            } else {
                throw new NotCompilable("fragment on " + type);
            }
        }
    }

    private static boolean applies(String type, TypeName condition) {
        return condition == null || condition.getName().equals(type)
                || condition.getName().equals("Node") && NodeType.byTypeName(type).isPresent();
    }
}
