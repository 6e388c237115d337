package org.talksrecord.readplan;

import static graphql.Scalars.GraphQLString;
import static graphql.schema.GraphQLNonNull.nonNull;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.talksrecord.common.NodeType;
import org.talksrecord.readplan.ConnectionPart.Kind;
import org.talksrecord.readplan.FieldSpec.AnyNode;
import org.talksrecord.readplan.FieldSpec.ById;
import org.talksrecord.readplan.FieldSpec.Connection;
import org.talksrecord.readplan.FieldSpec.LinkedRows;
import org.talksrecord.readplan.FieldSpec.NodeById;
import org.talksrecord.readplan.FieldSpec.NodesByIds;
import org.talksrecord.readplan.FieldSpec.Rows;
import org.talksrecord.readplan.FieldSpec.Search;
import org.talksrecord.readplan.FieldSpec.ToOne;
import org.talksrecord.readplan.FieldSpec.Totals;
import org.talksrecord.readplan.FieldSpec.Value;

import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.SelectionSet;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLOutputType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLTypeUtil;

/**
 * Compiles selections of a validated document into plans, reading what each field means from {@link Tables}
 * only. Directives are resolved with the variables given, so a plan holds for requests whose
 * {@code @skip}/{@code @include} variables have the same values.
 */
final class Compiler {

    private final GraphQLSchema schema;
    private final Selections selections;
    private final boolean typeMarks;

    /** With {@code typeMarks}, objects of interface type carry their type under {@link ObjectPlan#TYPE_MARK}. */
    Compiler(GraphQLSchema schema, Map<String, FragmentDefinition> fragments, Map<String, Object> variables,
            boolean typeMarks) {
        this.schema = schema;
        this.selections = new Selections(schema, fragments, variables);
        this.typeMarks = typeMarks;
    }

    ObjectPlan object(GraphQLObjectType type, List<SelectionSet> sets) {
        Table table = Tables.table(type.getName());
        if (table == null) {
            throw new IllegalStateException("The read schema has no table for " + type.getName());
        }
        List<Entry> entries = new ArrayList<>();
        selections.collect(type, sets).forEach((key, fields) -> {
            Field field = fields.get(0);
            if (field.getName().equals("__typename")) {
                entries.add(new Entry(new Step(key, nonNull(GraphQLString)), field, null,
                        (render, entry, scope) -> Formats.literal(type.getName())));
                return;
            }
            GraphQLFieldDefinition definition = type.getFieldDefinition(field.getName());
            FieldSpec spec = table.fields().get(field.getName());
            if (definition == null || spec == null) {
                throw new IllegalStateException("No read for " + type.getName() + "." + field.getName());
            }
            entries.add(new Entry(new Step(key, definition.getType()), field, definition,
                    read(spec, definition, Selections.subSelections(fields))));
        });
        return new ObjectPlan(type.getName(), entries);
    }

    /** The plans of a selection on an interface, one per node type it may turn out to be. */
    Map<NodeType, ObjectPlan> nodes(List<SelectionSet> sets) {
        Map<NodeType, ObjectPlan> objects = new EnumMap<>(NodeType.class);
        for (NodeType type : NodeType.values()) {
            ObjectPlan object = object(objectType(type.typeName()), sets);
            objects.put(type, typeMarks ? object.withTypeMark() : object);
        }
        return objects;
    }

    GraphQLObjectType objectType(String name) {
        return schema.getObjectType(name);
    }

    private FieldRead read(FieldSpec spec, GraphQLFieldDefinition definition, List<SelectionSet> sub) {
        if (spec instanceof Value value) {
            return (render, entry, scope) -> value.expression().apply(scope.row());
        }
        if (spec instanceof ToOne link) {
            return new LinkRead(Tables.table(link.type()), link.foreignKey(), object(objectType(link.type()), sub));
        }
        if (spec instanceof Rows rows) {
            return new RowsRead(Tables.table(rows.type()), rows.relation(), rows.order(),
                    object(objectType(rows.type()), sub));
        }
        if (spec instanceof LinkedRows rows) {
            return new LinkedRowsRead(Tables.table(rows.type()), rows.linkTable(), rows.ownerColumn(),
                    rows.targetColumn(), object(objectType(rows.type()), sub));
        }
        if (spec instanceof Connection connection) {
            GraphQLObjectType type = (GraphQLObjectType) GraphQLTypeUtil.unwrapAll(definition.getType());
            return new ConnectionRead(connection, connectionParts(type, connection.list().type(), sub));
        }
        if (spec instanceof AnyNode node) {
            return NodeReads.anyNode(node.typeColumn(), node.keyColumn(), nodes(sub));
        }
        if (spec instanceof ById byId) {
            return NodeReads.byId(NodeType.byTypeName(byId.type()).orElseThrow(), object(objectType(byId.type()),
                    sub));
        }
        if (spec instanceof NodeById) {
            return NodeReads.node(nodes(sub));
        }
        if (spec instanceof NodesByIds) {
            return NodeReads.nodes(nodes(sub));
        }
        if (spec instanceof Search) {
            return new SearchRead(object(objectType("SearchHit"), sub));
        }
        Totals totals = (Totals) spec;
        return new TotalsRead(totals.exchanges(), object(objectType("ExchangeTotals"), sub));
    }

    private List<ConnectionPart> connectionParts(GraphQLObjectType connection, String nodeType,
            List<SelectionSet> sets) {
        return parts(connection, sets, (name, fields) -> switch (name) {
            case "totalCount" -> part(Kind.TOTAL_COUNT, null, List.of());
            case "nodes" -> part(Kind.NODES, object(objectType(nodeType), Selections.subSelections(fields)), List.of());
            case "edges" -> part(Kind.EDGES, null, edgeParts(connection, nodeType, fields));
            case "pageInfo" -> part(Kind.PAGE_INFO, null, pageInfoParts(connection, fields));
            default -> null;
        });
    }

    private List<ConnectionPart> edgeParts(GraphQLObjectType connection, String nodeType, List<Field> fields) {
        GraphQLObjectType edge = (GraphQLObjectType) GraphQLTypeUtil
                .unwrapAll(connection.getFieldDefinition("edges").getType());
        return parts(edge, Selections.subSelections(fields), (name, edgeFields) -> switch (name) {
            case "cursor" -> part(Kind.CURSOR, null, List.of());
            case "node" -> part(Kind.NODE, object(objectType(nodeType), Selections.subSelections(edgeFields)),
                    List.of());
            default -> null;
        });
    }

    private List<ConnectionPart> pageInfoParts(GraphQLObjectType connection, List<Field> fields) {
        GraphQLObjectType info = (GraphQLObjectType) GraphQLTypeUtil
                .unwrapAll(connection.getFieldDefinition("pageInfo").getType());
        return parts(info, Selections.subSelections(fields), (name, infoFields) -> switch (name) {
            case "hasNextPage" -> part(Kind.HAS_NEXT_PAGE, null, List.of());
            case "hasPreviousPage" -> part(Kind.HAS_PREVIOUS_PAGE, null, List.of());
            case "startCursor" -> part(Kind.START_CURSOR, null, List.of());
            case "endCursor" -> part(Kind.END_CURSOR, null, List.of());
            default -> null;
        });
    }

    /** A part before it knows its key; {@link #parts} completes it. */
    private record PartShape(Kind kind, ObjectPlan node, List<ConnectionPart> parts) {
    }

    private static PartShape part(Kind kind, ObjectPlan node, List<ConnectionPart> parts) {
        return new PartShape(kind, node, parts);
    }

    private interface PartOf {
        PartShape part(String fieldName, List<Field> fields);
    }

    private List<ConnectionPart> parts(GraphQLObjectType type, List<SelectionSet> sets, PartOf partOf) {
        List<ConnectionPart> parts = new ArrayList<>();
        selections.collect(type, sets).forEach((key, fields) -> {
            String name = fields.get(0).getName();
            if (name.equals("__typename")) {
                parts.add(new ConnectionPart(new Step(key, nonNull(GraphQLString)), Kind.TYPENAME, type.getName(),
                        null, List.of()));
                return;
            }
            PartShape shape = partOf.part(name, fields);
            if (shape == null) {
                throw new IllegalStateException("No read for " + type.getName() + "." + name);
            }
            GraphQLOutputType fieldType = type.getFieldDefinition(name).getType();
            parts.add(new ConnectionPart(new Step(key, fieldType), shape.kind(), type.getName(), shape.node(),
                    shape.parts()));
        });
        return parts;
    }
}
