package org.talksrecord.endpoint;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.talksrecord.common.ErrorCodes;
import org.talksrecord.readplan.ReadPlan;

import graphql.language.Argument;
import graphql.language.Directive;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.NodeTraverser;
import graphql.language.NodeVisitorStub;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.VariableReference;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;

/**
 * A parsed and validated document, kept between requests: its operations, their sizes, whether they
 * introspect, and the read plans compiled for them (per operation and values of the variables that
 * {@code @skip}/{@code @include} read).
 */
final class PreparedDocument {

    private record PlanKey(String operation, List<Object> directiveValues) {
    }

    private final Document document;
    private final Map<String, FragmentDefinition> fragments;
    private final List<OperationDefinition> operations;
    private final Set<String> directiveVariables;
    private final Map<PlanKey, ReadPlan> plans = new ConcurrentHashMap<>();
    private final Map<OperationDefinition, DocumentLimits.Size> sizes = new ConcurrentHashMap<>();
    private final Map<OperationDefinition, Boolean> introspecting = new ConcurrentHashMap<>();

    PreparedDocument(Document document) {
        this.document = document;
        this.fragments = document.getDefinitionsOfType(FragmentDefinition.class).stream()
                .collect(Collectors.toMap(FragmentDefinition::getName, Function.identity(), (a, b) -> a));
        this.operations = document.getDefinitionsOfType(OperationDefinition.class);
        this.directiveVariables = directiveVariables(document);
    }

    Document document() {
        return document;
    }

    Map<String, FragmentDefinition> fragments() {
        return fragments;
    }

    /** The operation a request runs: the one it names, or the only one. */
    OperationDefinition operation(String name) {
        if (name == null) {
            if (operations.size() != 1) {
                throw RequestError.refused(ErrorCodes.BAD_USER_INPUT,
                        "The document has several operations: name the one to run with operationName.",
                        "operationName");
            }
            return operations.get(0);
        }
        return operations.stream().filter(op -> name.equals(op.getName())).findFirst()
                .orElseThrow(() -> RequestError.refused(ErrorCodes.BAD_USER_INPUT,
                        "The document has no operation named " + name + ".", "operationName"));
    }

    DocumentLimits.Size size(OperationDefinition operation) {
        return sizes.computeIfAbsent(operation, op -> DocumentLimits.of(op, fragments));
    }

    /** Whether the operation asks for the schema itself ({@code __schema} or {@code __type} at its root). */
    boolean introspects(OperationDefinition operation) {
        return introspecting.computeIfAbsent(operation, op -> rootFields(op.getSelectionSet(), new HashSet<>())
                .stream().anyMatch(name -> name.equals("__schema") || name.equals("__type")));
    }

    /** The names of the operation's root fields, fragments spread out. */
    List<String> rootFields(OperationDefinition operation) {
        return rootFields(operation.getSelectionSet(), new HashSet<>());
    }

    ReadPlan plan(OperationDefinition operation, Map<String, Object> variables,
            Function<Map<String, Object>, ReadPlan> compile) {
        List<Object> values = directiveVariables.stream().sorted().map(variables::get).toList();
        return plans.computeIfAbsent(new PlanKey(operation.getName(), values), key -> compile.apply(variables));
    }

    private List<String> rootFields(SelectionSet set, Set<String> visited) {
        List<String> names = new ArrayList<>();
        for (Selection<?> selection : set.getSelections()) {
            if (selection instanceof Field field) {
                names.add(field.getName());
            } else if (selection instanceof InlineFragment inline) {
                names.addAll(rootFields(inline.getSelectionSet(), visited));
            } else if (selection instanceof FragmentSpread spread && visited.add(spread.getName())
                    && fragments.containsKey(spread.getName())) {
                names.addAll(rootFields(fragments.get(spread.getName()).getSelectionSet(), visited));
            }
        }
        return names;
    }

    private static Set<String> directiveVariables(Document document) {
        Set<String> names = new HashSet<>();
        new NodeTraverser().depthFirst(new NodeVisitorStub() {
            @Override
            public TraversalControl visitDirective(Directive node, TraverserContext<graphql.language.Node> context) {
                for (Argument argument : node.getArguments()) {
                    if (argument.getValue() instanceof VariableReference reference) {
                        names.add(reference.getName());
                    }
                }
                return TraversalControl.CONTINUE;
            }
        }, document);
        return names;
    }
}
