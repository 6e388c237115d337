package org.talksrecord.generative;

import java.util.List;
import java.util.Optional;
import java.util.Random;

import graphql.schema.GraphQLCompositeType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLTypeUtil;

/** Ways to break a generated document: each one leaves a document no server may execute. */
enum Fault {
    UNKNOWN_FIELD, SUBSELECTION_ON_LEAF, MISSING_SUBSELECTION, UNKNOWN_ARGUMENT, MISSING_REQUIRED_ARGUMENT, UNDEFINED_VARIABLE, UNUSED_VARIABLE, VARIABLE_OF_WRONG_TYPE, VARIABLE_OF_UNKNOWN_TYPE, DUPLICATE_VARIABLE, UNKNOWN_TYPE_CONDITION, IMPOSSIBLE_FRAGMENT, FRAGMENT_ON_SCALAR, UNKNOWN_FRAGMENT, UNUSED_FRAGMENT, FRAGMENT_CYCLE, UNKNOWN_DIRECTIVE, DIRECTIVE_MISUSED, CONFLICTING_RESPONSE_NAMES, SECOND_OPERATION, UNKNOWN_OPERATION_NAME, SUBSCRIPTION, TRUNCATED, STRAY_TOKEN, EMPTY, NESTED_LISTS, NESTED_OBJECTS, NESTED_SELECTIONS, TOO_MANY_TOKENS, TOO_COMPLEX, REPEATED_DIRECTIVES, FRAGMENT_FAN_OUT;

    private static final List<String> STRAY = List.of("} ", "{ ", "( ", "! ", "@ ", "$ ", "\" ", ": ", "& ",
            "[ ", "= ", "| ", "# ", "\u0000", "\uD800", "123 ", "-1 ", "\\ ");
    private static final List<String> EMPTY_DOCUMENTS = List.of("", " ", "\n", "# only a comment", "{}", "{ }",
            "query", "query Q", "mutation", "fragment F on Query { __typename }", "{ __typename", "}", "query {}",
            "{ ... }", "\uFEFF", "\u0000");

    /** Applies this fault to the draft and returns the document to send. */
    String apply(Draft draft, Random random, GraphQLSchema schema) {
        Draft.SelectionSite site = draft.selectionSites.get(random.nextInt(draft.selectionSites.size()));
        Draft.SelectionSite root = draft.selectionSites.get(0);
        switch (this) {
            case UNKNOWN_FIELD -> draft.insert(site.id(), "zzUnknownField ");
            case SUBSELECTION_ON_LEAF -> draft.insert(site.id(), "zzLeaf: __typename { name } ");
            case MISSING_SUBSELECTION -> draft.insert(site.id(), compositeField(site.type())
                    .map(f -> "zzObject: " + f.getName() + " ").orElse("zzUnknownField "));
            case UNKNOWN_ARGUMENT -> {
                if (draft.fieldSites.isEmpty() || random.nextBoolean()) {
                    draft.insert(site.id(), "zzArgument: __typename(zzBogus: 1) ");
                } else {
                    draft.insert(draft.fieldSites.get(random.nextInt(draft.fieldSites.size())), "(zzBogus: 1)");
                }
            }
            case MISSING_REQUIRED_ARGUMENT -> draft.insert(root.id(), missingArgument(root.type()));
            case UNDEFINED_VARIABLE -> draft.insert(site.id(), "zzU: __typename @include(if: $zzUndefined) ");
            case UNUSED_VARIABLE -> declare(draft, "$zzUnused: Int");
            case VARIABLE_OF_WRONG_TYPE -> {
                declare(draft, "$zzWrong: String");
                draft.variables.put("zzWrong", "x");
                draft.insert(site.id(), "zzW: __typename @include(if: $zzWrong) ");
            }
            case VARIABLE_OF_UNKNOWN_TYPE -> {
                declare(draft, "$zzType: NoSuchInputType");
                draft.variables.put("zzType", true);
                draft.insert(site.id(), "zzT: __typename @skip(if: $zzType) ");
            }
            case DUPLICATE_VARIABLE -> {
                declare(draft, "$zzDup: Boolean!");
                declare(draft, "$zzDup: Boolean!");
                draft.variables.put("zzDup", true);
                draft.insert(site.id(), "zzV: __typename @include(if: $zzDup) ");
            }
            case UNKNOWN_TYPE_CONDITION -> draft.insert(site.id(), "... on ZzNoSuchType { __typename } ");
            case IMPOSSIBLE_FRAGMENT -> draft.insert(site.id(), "... on " + foreignType(schema, site.type(), random)
                    + " { __typename } ");
            case FRAGMENT_ON_SCALAR -> {
                draft.insert(site.id(), "...ZzScalar ");
                draft.definitions.append("fragment ZzScalar on String { length } ");
            }
            case UNKNOWN_FRAGMENT -> draft.insert(site.id(), "...ZzNoSuchFragment ");
            case UNUSED_FRAGMENT -> draft.definitions.append("fragment ZzUnused on ").append(root.type().getName())
                    .append(" { __typename } ");
            case FRAGMENT_CYCLE -> {
                String type = site.type().getName();
                draft.insert(site.id(), "...ZzCycleA ");
                draft.definitions.append("fragment ZzCycleA on ").append(type).append(" { ...ZzCycleB } ")
                        .append("fragment ZzCycleB on ").append(type).append(" { ...ZzCycleA } ");
            }
            case UNKNOWN_DIRECTIVE -> draft.insert(site.id(), "zzD: __typename @zzNoSuchDirective ");
            case DIRECTIVE_MISUSED -> draft.insert(site.id(), List.of("zzD: __typename @skip(if: \"yes\") ",
                    "zzD: __typename @include ", "zzD: __typename @skip(if: true, unless: false) ",
                    "zzD: __typename @include(if: true) @include(if: false) ", "zzD: __typename @skip(if: null) ",
                    "zzD: __typename @deprecated ").get(random.nextInt(6)));
            case CONFLICTING_RESPONSE_NAMES -> draft.insert(site.id(), leafField(site.type())
                    .map(f -> "zzSame: __typename zzSame: " + f.getName() + " ")
                    .orElse("zzUnknownField "));
            case SECOND_OPERATION -> {
                draft.definitions.append(random.nextBoolean() ? "query ZzSecond { __typename } " : "{ __typename } ");
                draft.sentOperationName = null;
            }
            case UNKNOWN_OPERATION_NAME -> draft.sentOperationName = "ZzNoSuchOperation";
            case SUBSCRIPTION -> {
                draft.keyword = "subscription";
                draft.shorthand = false;
                if (random.nextBoolean()) {
                    // graphql-java's check of subscription root fields evaluates @include on raw variables
                    declare(draft, "$zzSub: Boolean!");
                    draft.insert(root.id(), "zzS: __typename @include(if: $zzSub) ");
                }
            }
            case STRAY_TOKEN -> draft.insert(site.id(), STRAY.get(random.nextInt(STRAY.size())));
            case TRUNCATED -> {
                String whole = draft.render();
                return whole.substring(0, 1 + random.nextInt(Math.max(1, whole.stripTrailing().length() - 2)));
            }
            case EMPTY -> {
                return EMPTY_DOCUMENTS.get(random.nextInt(EMPTY_DOCUMENTS.size()));
            }
            case NESTED_LISTS -> {
                int depth = 2_000 + random.nextInt(18_000);
                return "{ __type(name: " + "[".repeat(depth) + "\"x\"" + "]".repeat(depth) + ") { name } }";
            }
            case NESTED_OBJECTS -> {
                int depth = 2_000 + random.nextInt(12_000);
                return "{ __type(name: " + "{a: ".repeat(depth) + "1" + "}".repeat(depth) + ") { name } }";
            }
            case NESTED_SELECTIONS -> {
                int depth = 1_000 + random.nextInt(19_000);
                return "{" + " a {".repeat(depth) + " b" + " }".repeat(depth) + " }";
            }
            case TOO_MANY_TOKENS -> {
                return "{ " + "a:__typename ".repeat(5_200 + random.nextInt(1_500)) + "}";
            }
            case TOO_COMPLEX -> {
                return tooComplex(schema, 210 + random.nextInt(200));
            }
            case REPEATED_DIRECTIVES -> {
                return "{ __typename" + " @skip(if: false)".repeat(50 + random.nextInt(3_000)) + " }";
            }
            case FRAGMENT_FAN_OUT -> {
                return fanOut(schema, 10 + random.nextInt(12));
            }
        }
        return draft.render();
    }

    /** A fan-out of fragments is valid GraphQL: refusing it or answering it quickly are both right. */
    Validity validity() {
        return this == FRAGMENT_FAN_OUT ? Validity.DUBIOUS : Validity.INVALID;
    }

    /** Whether the fault is written into the generated document (otherwise it replaces it). */
    boolean keepsDocument() {
        return switch (this) {
            case EMPTY, NESTED_LISTS, NESTED_OBJECTS, NESTED_SELECTIONS, TOO_MANY_TOKENS, TOO_COMPLEX,
                    REPEATED_DIRECTIVES, FRAGMENT_FAN_OUT ->
                false;
            default -> true;
        };
    }

    private static void declare(Draft draft, String declaration) {
        draft.declarations.add(declaration);
        draft.shorthand = false;
    }

    private static Optional<GraphQLFieldDefinition> compositeField(GraphQLCompositeType type) {
        if (!(type instanceof GraphQLFieldsContainer container)) {
            return Optional.empty();
        }
        return container.getFieldDefinitions().stream()
                .filter(f -> GraphQLTypeUtil.unwrapAll(f.getType()) instanceof GraphQLCompositeType)
                .filter(f -> f.getArguments().stream().noneMatch(a -> GraphQLTypeUtil.isNonNull(a.getType())))
                .findFirst();
    }

    private static Optional<GraphQLFieldDefinition> leafField(GraphQLCompositeType type) {
        if (!(type instanceof GraphQLFieldsContainer container)) {
            return Optional.empty();
        }
        return container.getFieldDefinitions().stream()
                .filter(f -> !(GraphQLTypeUtil.unwrapAll(f.getType()) instanceof GraphQLCompositeType))
                .filter(f -> f.getArguments().stream().noneMatch(a -> GraphQLTypeUtil.isNonNull(a.getType())))
                .findFirst();
    }

    /** A root field written without its required argument. */
    private static String missingArgument(GraphQLCompositeType root) {
        if (root instanceof GraphQLFieldsContainer container) {
            for (GraphQLFieldDefinition field : container.getFieldDefinitions()) {
                if (field.getArguments().stream().anyMatch(a -> GraphQLTypeUtil.isNonNull(a.getType())
                        && !a.hasSetDefaultValue())) {
                    boolean composite = GraphQLTypeUtil.unwrapAll(field.getType()) instanceof GraphQLCompositeType;
                    return "zzMissing: " + field.getName() + (composite ? " { __typename } " : " ");
                }
            }
        }
        return "zzMissing: __type { name } ";
    }

    private static String foreignType(GraphQLSchema schema, GraphQLCompositeType type, Random random) {
        List<GraphQLObjectType> possible = DocumentBuilder.possibleTypes(schema, type);
        List<String> foreign = schema.getAllTypesAsList().stream()
                .filter(t -> t instanceof GraphQLObjectType && !t.getName().startsWith("__"))
                .filter(t -> !t.getName().equals(type.getName()) && !possible.contains(t))
                .map(t -> t.getName()).toList();
        return foreign.get(random.nextInt(foreign.size()));
    }

    /** Hundreds of aliased root fields, well over any sensible complexity limit. */
    private static String tooComplex(GraphQLSchema schema, int copies) {
        String selection = "__typename";
        for (GraphQLFieldDefinition field : schema.getQueryType().getFieldDefinitions()) {
            boolean free = field.getArguments().stream().noneMatch(a -> GraphQLTypeUtil.isNonNull(a.getType()));
            if (free && GraphQLTypeUtil.unwrapAll(field.getType()) instanceof GraphQLFieldsContainer container) {
                Optional<GraphQLFieldDefinition> leaf = leafField((GraphQLCompositeType) container);
                if (leaf.isPresent()) {
                    selection = field.getName() + " { " + leaf.get().getName() + " }";
                    break;
                }
            }
        }
        StringBuilder document = new StringBuilder("{ ");
        for (int i = 0; i < copies; i++) {
            document.append('c').append(i).append(": ").append(selection).append(' ');
        }
        return document.append('}').toString();
    }

    /** Each fragment spreads the next one twice: 2^levels fields once expanded, from a few hundred bytes. */
    private static String fanOut(GraphQLSchema schema, int levels) {
        String type = schema.getQueryType().getName();
        StringBuilder document = new StringBuilder("{ ...L0 }");
        for (int i = 0; i < levels; i++) {
            document.append(" fragment L").append(i).append(" on ").append(type).append(" { ...L").append(i + 1)
                    .append(" ...L").append(i + 1).append(" }");
        }
        return document.append(" fragment L").append(levels).append(" on ").append(type)
                .append(" { __typename }").toString();
    }
}
