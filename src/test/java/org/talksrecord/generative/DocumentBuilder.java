package org.talksrecord.generative;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.talksrecord.generative.Values.Channel;
import org.talksrecord.generative.Values.Gen;
import org.talksrecord.generative.Values.Want;

import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLCompositeType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLInterfaceType;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.GraphQLUnionType;

/**
 * Writes one random operation over the schema: fields with aliases, arguments as literals or variables,
 * inline and named fragments, directives and {@code __typename}, to a chosen depth.
 */
final class DocumentBuilder {

    /** Which argument literal or variable value to make invalid: the n-th one met, or none (-1). */
    record Target(int literal, int variable) {
        static final Target NONE = new Target(-1, -1);
    }

    private final GraphQLSchema schema;
    private final Random random;
    private final Values values;
    private final Set<String> excluded;
    private final Map<String, Integer> heights;
    private final Want want;
    private final Target target;
    private final Draft draft = new Draft();
    private final int limitDepth;
    private final int fieldBudget;
    private final int variablePercent;
    private int sites;
    private int aliases;
    private int fragments;
    private int literalsMet;
    private int variablesMet;
    private boolean dropRequiredArgument;

    DocumentBuilder(GraphQLSchema schema, Random random, Values values, Set<String> excluded,
            Map<String, Integer> heights, Want want, Target target, int limitDepth, int fieldBudget) {
        this.schema = schema;
        this.random = random;
        this.values = values;
        this.excluded = excluded;
        this.heights = heights;
        this.want = want;
        this.target = target;
        this.limitDepth = limitDepth;
        this.fieldBudget = fieldBudget;
        this.variablePercent = target.variable >= 0 ? 85 : target.literal >= 0 ? 0 : random.nextInt(101);
        values.sink(target.literal >= 0 ? null : this::declare);
    }

    /** Leaves one required argument out (a document fault). */
    void dropRequiredArgument() {
        dropRequiredArgument = true;
    }

    boolean requiredArgumentDropped() {
        return !dropRequiredArgument;
    }

    /** Whether the invalid literal or variable asked for was written. */
    boolean targetMet() {
        return (target.literal < 0 || literalsMet > target.literal)
                && (target.variable < 0 || variablesMet > target.variable);
    }

    Draft build(boolean mutation, int spine) {
        GraphQLObjectType root = mutation ? schema.getMutationType() : schema.getQueryType();
        draft.keyword = mutation ? "mutation" : "query";
        draft.selection = selectionSet(root, 1, spine);
        return draft;
    }

    /** The most levels of fields a selection on each composite type can nest, cycles capped at 64. */
    static Map<String, Integer> heights(GraphQLSchema schema) {
        Map<String, Integer> heights = new HashMap<>();
        List<GraphQLCompositeType> composites = schema.getAllTypesAsList().stream()
                .filter(t -> t instanceof GraphQLCompositeType).map(t -> (GraphQLCompositeType) t).toList();
        composites.forEach(t -> heights.put(t.getName(), 1));
        for (int round = 0; round < 64; round++) {
            for (GraphQLCompositeType type : composites) {
                int height = 1;
                if (type instanceof GraphQLFieldsContainer container) {
                    for (GraphQLFieldDefinition field : container.getFieldDefinitions()) {
                        height = Math.max(height, reach(field, heights));
                    }
                }
                for (GraphQLObjectType member : possibleTypes(schema, type)) {
                    height = Math.max(height, heights.get(member.getName()));
                }
                heights.put(type.getName(), Math.min(64, height));
            }
        }
        return heights;
    }

    private static int reach(GraphQLFieldDefinition field, Map<String, Integer> heights) {
        GraphQLNamedType named = GraphQLTypeUtil.unwrapAll(field.getType());
        return 1 + (named instanceof GraphQLCompositeType ? heights.get(named.getName()) : 0);
    }

    static List<GraphQLObjectType> possibleTypes(GraphQLSchema schema, GraphQLCompositeType type) {
        if (type instanceof GraphQLInterfaceType iface) {
            return schema.getImplementations(iface);
        }
        if (type instanceof GraphQLUnionType union) {
            return union.getTypes().stream().map(t -> (GraphQLObjectType) t).toList();
        }
        return List.of();
    }

    private String selectionSet(GraphQLCompositeType type, int depth, int spine) {
        StringBuilder out = new StringBuilder("{ ");
        String site = "S" + sites++;
        draft.selectionSites.add(new Draft.SelectionSite(site, type));
        out.append(Draft.selectionMarker(site));
        fill(out, type, depth, spine, new HashSet<>());
        return out.append('}').toString();
    }

    private void fill(StringBuilder out, GraphQLCompositeType type, int depth, int spine, Set<String> scope) {
        int before = out.length();
        if (type instanceof GraphQLObjectType object) {
            objectSelections(out, object, depth, spine, scope);
        } else if (type instanceof GraphQLInterfaceType iface) {
            interfaceSelections(out, iface, depth, spine, scope);
        } else {
            for (GraphQLObjectType member : pick(possibleTypes(schema, type), 1 + random.nextInt(2))) {
                out.append("... on ").append(member.getName()).append(" { ");
                objectSelections(out, member, depth, 0, scope);
                closeBlock(out);
            }
        }
        if (out.length() == before) {
            typename(out, depth, scope);
        }
    }

    private void objectSelections(StringBuilder out, GraphQLObjectType type, int depth, int spine,
            Set<String> scope) {
        boolean rootType = type == schema.getQueryType() || type == schema.getMutationType();
        List<GraphQLFieldDefinition> candidates = type.getFieldDefinitions().stream()
                .filter(f -> !rootType || !excluded.contains(f.getName()))
                .filter(f -> depth < limitDepth
                        || !(GraphQLTypeUtil.unwrapAll(f.getType()) instanceof GraphQLCompositeType))
                .toList();
        if (spine > 0) {
            List<GraphQLFieldDefinition> spines = type.getFieldDefinitions().stream()
                    .filter(f -> !rootType || !excluded.contains(f.getName()))
                    .filter(f -> reach(f, heights) >= spine).toList();
            if (!spines.isEmpty()) {
                field(out, spines.get(random.nextInt(spines.size())), depth, spine - 1, scope);
            }
        }
        int count = spine > 0 ? random.nextInt(2) : 1 + random.nextInt(3);
        for (int i = 0; i < count && draft.fields < fieldBudget && !candidates.isEmpty(); i++) {
            field(out, candidates.get(random.nextInt(candidates.size())), depth, 0, scope);
        }
        if (random.nextInt(100) < 12) {
            typename(out, depth, scope);
        }
        if (type == schema.getQueryType() && random.nextInt(100) < 4) {
            introspection(out, depth, scope);
        }
        if (draft.fields < fieldBudget && random.nextInt(100) < 6) {
            out.append("... on ").append(type.getName()).append(directive()).append(" { ");
            objectSelections(out, type, depth, 0, scope);
            closeBlock(out);
        }
        if (draft.fields < fieldBudget && random.nextInt(100) < 6) {
            namedFragment(out, type, depth, scope);
        }
        if (draft.fields < fieldBudget && !type.getInterfaces().isEmpty() && random.nextInt(100) < 5) {
            GraphQLInterfaceType iface = (GraphQLInterfaceType) type.getInterfaces()
                    .get(random.nextInt(type.getInterfaces().size()));
            out.append("... on ").append(iface.getName()).append(" { ");
            interfaceOwnFields(out, iface, depth, scope);
            closeBlock(out);
        }
    }

    private void interfaceSelections(StringBuilder out, GraphQLInterfaceType type, int depth, int spine,
            Set<String> scope) {
        List<GraphQLObjectType> implementations = schema.getImplementations(type);
        if (spine > 0) {
            List<GraphQLObjectType> deep = implementations.stream()
                    .filter(t -> heights.get(t.getName()) >= spine).toList();
            if (!deep.isEmpty()) {
                GraphQLObjectType implementation = deep.get(random.nextInt(deep.size()));
                out.append("... on ").append(implementation.getName()).append(" { ");
                objectSelections(out, implementation, depth, spine, scope);
                closeBlock(out);
            }
        }
        if (random.nextBoolean()) {
            interfaceOwnFields(out, type, depth, scope);
        }
        for (GraphQLObjectType implementation : pick(implementations, random.nextInt(3))) {
            if (draft.fields >= fieldBudget) {
                break;
            }
            if (random.nextInt(5) == 0) {
                namedFragment(out, implementation, depth, scope);
            } else {
                out.append("... on ").append(implementation.getName()).append(" { ");
                objectSelections(out, implementation, depth, 0, scope);
                closeBlock(out);
            }
        }
        if (random.nextBoolean()) {
            typename(out, depth, scope);
        }
    }

    private void interfaceOwnFields(StringBuilder out, GraphQLInterfaceType type, int depth, Set<String> scope) {
        List<GraphQLFieldDefinition> own = type.getFieldDefinitions().stream()
                .filter(f -> depth < limitDepth
                        || !(GraphQLTypeUtil.unwrapAll(f.getType()) instanceof GraphQLCompositeType))
                .toList();
        for (GraphQLFieldDefinition field : pick(own, 1 + random.nextInt(2))) {
            field(out, field, depth, 0, scope);
        }
        if (own.isEmpty()) {
            typename(out, depth, scope);
        }
    }

    private void namedFragment(StringBuilder out, GraphQLObjectType type, int depth, Set<String> scope) {
        String name = "F" + fragments++;
        StringBuilder body = new StringBuilder();
        String site = "S" + sites++;
        draft.selectionSites.add(new Draft.SelectionSite(site, type));
        body.append(Draft.selectionMarker(site));
        objectSelections(body, type, depth, 0, scope);
        if (body.length() == Draft.selectionMarker(site).length()) {
            typename(body, depth, scope);
        }
        draft.definitions.append("fragment ").append(name).append(" on ").append(type.getName()).append(" { ")
                .append(body).append("} ");
        out.append("...").append(name).append(directive()).append(' ');
    }

    /**
     * {@code __type(name:)} with a generated name, or {@code __schema}: introspection is public too, each at most once
     * a document (more is refused, see IntrospectionChecks).
     */
    private void introspection(StringBuilder out, int depth, Set<String> scope) {
        if (draft.typeAsked && draft.schemaAsked) {
            return;
        }
        String key = "a" + aliases++;
        scope.add(key);
        out.append(key).append(": ");
        boolean type = draft.schemaAsked || !draft.typeAsked && random.nextBoolean();
        draft.typeAsked |= type;
        draft.schemaAsked |= !type;
        if (type) {
            GraphQLInputType name = GraphQLNonNull.nonNull(graphql.Scalars.GraphQLString);
            out.append("__type(name: ").append(argumentValue(name)).append(") { name kind ");
            boolean nested = depth + 2 < limitDepth;
            out.append(nested ? "fields { name type { name } } } " : "} ");
            draft.fields += nested ? 6 : 3;
            draft.depth = Math.max(draft.depth, depth + (nested ? 3 : 1));
        } else {
            out.append("__schema { queryType { name } } ");
            draft.fields += 3;
            draft.depth = Math.max(draft.depth, depth + 2);
        }
    }

    private void typename(StringBuilder out, int depth, Set<String> scope) {
        if (scope.contains("__typename")) {
            String alias = "t" + aliases++;
            scope.add(alias);
            out.append(alias).append(": ");
        }
        scope.add("__typename");
        out.append("__typename ");
        draft.fields++;
        draft.depth = Math.max(draft.depth, depth);
    }

    private void field(StringBuilder out, GraphQLFieldDefinition field, int depth, int spine, Set<String> scope) {
        draft.fields++;
        draft.depth = Math.max(draft.depth, depth);
        String key = field.getName();
        if (scope.contains(key) || random.nextInt(100) < 12) {
            key = "a" + aliases++;
            out.append(key).append(random.nextBoolean() ? ": " : ":");
        }
        scope.add(key);
        out.append(field.getName());
        String arguments = arguments(field);
        if (arguments.isEmpty()) {
            String site = "F" + sites++;
            draft.fieldSites.add(site);
            out.append(Draft.selectionMarker(site));
        }
        // the depth limit does not count what @skip or @include leave out, so the deep path carries none
        out.append(arguments).append(spine > 0 ? "" : directive());
        GraphQLType named = GraphQLTypeUtil.unwrapAll(field.getType());
        if (named instanceof GraphQLCompositeType composite) {
            out.append(' ').append(selectionSet(composite, depth + 1, spine));
        }
        out.append(' ');
    }

    private String directive() {
        int roll = random.nextInt(100);
        if (roll >= 4) {
            return "";
        }
        String name = random.nextBoolean() ? "include" : "skip";
        if (roll < 2) {
            return " @" + name + "(if: " + random.nextBoolean() + ")";
        }
        GraphQLInputType type = GraphQLNonNull.nonNull(graphql.Scalars.GraphQLBoolean);
        return " @" + name + "(if: $" + declare(type, variableValue(type)) + ")";
    }

    private String arguments(GraphQLFieldDefinition field) {
        List<String> parts = new ArrayList<>();
        boolean invalidating = target.literal >= 0 || target.variable >= 0;
        for (GraphQLArgument argument : field.getArguments()) {
            boolean required = GraphQLTypeUtil.isNonNull(argument.getType()) && !argument.hasSetDefaultValue();
            if (required && dropRequiredArgument) {
                dropRequiredArgument = false;
                continue;
            }
            if (!required && random.nextInt(100) < (invalidating ? 25 : 50)) {
                continue;
            }
            parts.add(argument.getName() + ": " + argumentValue(argument.getType()));
        }
        if (parts.isEmpty()) {
            return "";
        }
        return "(" + String.join(random.nextInt(5) == 0 ? " " : ", ", parts) + ")";
    }

    private String argumentValue(GraphQLInputType type) {
        if (random.nextInt(100) < variablePercent) {
            return "$" + declare(type, variableValue(type));
        }
        boolean invalid = literalsMet++ == target.literal;
        if (invalid && !Values.canBeInvalid(type)) {
            literalsMet--;
            invalid = false;
        }
        Gen gen = values.of(type, Channel.LITERAL, invalid ? Want.INVALID : want);
        draft.documentIs(gen.validity());
        return Literals.print(gen.value(), random);
    }

    private Gen variableValue(GraphQLInputType type) {
        boolean invalid = variablesMet++ == target.variable;
        if (invalid && !Values.canBeInvalid(type)) {
            variablesMet--;
            invalid = false;
        }
        if (invalid && type instanceof GraphQLNonNull && random.nextInt(4) == 0) {
            return null;
        }
        return values.of(type, Channel.VARIABLE, invalid ? Want.INVALID : want);
    }

    /** Declares a variable; a null value leaves it out of the request. */
    private String declare(GraphQLInputType type, Gen value) {
        String name = "v" + draft.declarations.size();
        StringBuilder declaration = new StringBuilder("$").append(name).append(": ")
                .append(GraphQLTypeUtil.simplePrint(type));
        boolean nullable = !(type instanceof GraphQLNonNull);
        if (nullable && value != null && value.validity() == Validity.CLEAN && random.nextInt(10) == 0) {
            Values.VariableSink sink = this::declare;
            values.sink(null);
            Gen fallback = values.of(type, Channel.LITERAL, Want.CLEAN);
            values.sink(target.literal >= 0 ? null : sink);
            declaration.append(" = ").append(Literals.print(fallback.value(), random));
        }
        draft.declarations.add(declaration.toString());
        if (value == null || want != Want.CLEAN && nullable && value.validity() == Validity.CLEAN
                && random.nextInt(10) == 0) {
            if (!nullable) {
                draft.variablesValidity = Validity.INVALID;
                draft.invalidVariables.add(name);
                values.tagMissing(name, GraphQLTypeUtil.simplePrint(type));
            }
            return name;
        }
        if (want == Want.MIXED && !nullable && random.nextInt(40) == 0) {
            draft.variablesValidity = Validity.INVALID;
            draft.invalidVariables.add(name);
            values.tagMissing(name, GraphQLTypeUtil.simplePrint(type));
            return name;
        }
        draft.variables.put(name, value.value());
        draft.variablesValidity = draft.variablesValidity.and(value.validity());
        if (value.validity() == Validity.INVALID) {
            draft.invalidVariables.add(name);
        }
        return name;
    }

    private <T> List<T> pick(List<T> from, int count) {
        List<T> copy = new ArrayList<>(from);
        List<T> picked = new ArrayList<>();
        while (picked.size() < count && !copy.isEmpty()) {
            picked.add(copy.remove(random.nextInt(copy.size())));
        }
        return picked;
    }

    /** Ends a selection set; one the field budget left empty selects {@code __typename}, as GraphQL needs one. */
    private static void closeBlock(StringBuilder out) {
        if (out.toString().endsWith("{ ")) {
            out.append("__typename ");
        }
        out.append("} ");
    }
}
