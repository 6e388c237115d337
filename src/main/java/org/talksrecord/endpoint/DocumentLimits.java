package org.talksrecord.endpoint;

import java.util.HashMap;
import java.util.Map;

import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;

/**
 * The size of an operation with its fragments expanded: how deep its fields nest and how many fields it
 * selects. Introspection ({@code __schema}, {@code __type}) is not counted: it has a guard of its own. Counts
 * saturate, so documents that expand fragments exponentially cannot overflow them.
 */
final class DocumentLimits {

    record Size(int depth, long fields) {
    }

    private static final long CAP = Long.MAX_VALUE / 4;

    private final Map<String, FragmentDefinition> fragments;
    private final Map<String, Size> fragmentSizes = new HashMap<>();

    private DocumentLimits(Map<String, FragmentDefinition> fragments) {
        this.fragments = fragments;
    }

    static Size of(OperationDefinition operation, Map<String, FragmentDefinition> fragments) {
        return new DocumentLimits(fragments).size(operation.getSelectionSet(), true);
    }

    private Size size(SelectionSet set, boolean root) {
        int depth = 0;
        long fields = 0;
        if (set == null) {
            return new Size(0, 0);
        }
        for (Selection<?> selection : set.getSelections()) {
            Size size;
            if (selection instanceof Field field) {
                if (root && (field.getName().equals("__schema") || field.getName().equals("__type"))) {
                    continue;
                }
                Size inner = size(field.getSelectionSet(), false);
                size = new Size(inner.depth() + 1, inner.fields() + 1);
            } else if (selection instanceof InlineFragment inline) {
                size = size(inline.getSelectionSet(), root);
            } else {
                size = fragment(((FragmentSpread) selection).getName(), root);
            }
            depth = Math.max(depth, size.depth());
            fields = Math.min(CAP, fields + size.fields());
        }
        return new Size(depth, fields);
    }

    private Size fragment(String name, boolean root) {
        FragmentDefinition fragment = fragments.get(name);
        if (fragment == null) {
            return new Size(0, 0);
        }
        // at the root, introspection fields are left out: the same fragment has another size there
        String key = (root ? "root:" : "") + name;
        Size known = fragmentSizes.get(key);
        if (known == null) {
            known = size(fragment.getSelectionSet(), root);
            fragmentSizes.put(key, known);
        }
        return known;
    }
}
