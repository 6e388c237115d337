package org.talksrecord.readplan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.talksrecord.readplan.FieldSql.ById;
import org.talksrecord.readplan.FieldSql.Link;
import org.talksrecord.readplan.FieldSql.Page;
import org.talksrecord.readplan.FieldSql.Rows;
import org.talksrecord.readplan.FieldSql.Value;
import org.talksrecord.readplan.ReadModel.Table;

import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.OperationDefinition;
import graphql.language.SelectionSet;
import graphql.language.VariableDefinition;

/**
 * Compiles a validated query operation into one statement that builds the response with
 * {@code json_build_object}/{@code json_agg}, in the order and with the keys the document asks for.
 * Throws {@link NotCompilable} for anything {@link ReadModel} does not cover.
 */
final class PlanCompiler {

    private static final int MAX_KEYS_PER_OBJECT = 50;

    private final Selections selections;
    private final Arguments arguments;
    private final List<Binder> checks = new ArrayList<>();
    private final List<Binder> binders = new ArrayList<>();
    private final List<Binder> sizes = new ArrayList<>();
    private int aliases;
    private int fields;
    private int depth;

    private PlanCompiler(Map<String, FragmentDefinition> fragments, Map<String, VariableDefinition> variables) {
        this.selections = new Selections(fragments);
        this.arguments = new Arguments(variables);
    }

    /** Compiles {@code operation}; refuses what the resolvers' depth or complexity limits might refuse. */
    static ReadPlan compile(Document document, OperationDefinition operation, int maxDepth, int maxComplexity) {
        Map<String, FragmentDefinition> fragments = document.getDefinitionsOfType(FragmentDefinition.class).stream()
                .collect(Collectors.toMap(FragmentDefinition::getName, Function.identity()));
        Map<String, VariableDefinition> variables = operation.getVariableDefinitions().stream()
                .collect(Collectors.toMap(VariableDefinition::getName, Function.identity()));
        PlanCompiler compiler = new PlanCompiler(fragments, variables);
        String data = compiler.object(ReadModel.QUERY, null, operation.getSelectionSet(), 1, List.of());
        if (compiler.depth >= maxDepth || compiler.fields >= maxComplexity) {
            throw new NotCompilable("limits");
        }
        // bytes, not text: the response goes out as PostgreSQL encoded it, without decoding and re-encoding
        return new ReadPlan("select convert_to('{\"data\":' || " + data + "::text || '}', 'UTF8')",
                List.copyOf(compiler.sizes),
                List.copyOf(compiler.checks),
                List.copyOf(compiler.binders));
    }

    /** The JSON object of {@code row}; to-one links add their left joins to {@code joins}, the row's from clause. */
    private String object(String type, String row, SelectionSet selectionSet, int level, List<String> joins) {
        Table table = table(type);
        StringJoiner object = new StringJoiner(", ", "json_build_object(", ")");
        Map<String, Field> selected = selections.collect(type, selectionSet);
        if (selected.size() > MAX_KEYS_PER_OBJECT) {
            throw new NotCompilable("too many keys");
        }
        for (Map.Entry<String, Field> entry : selected.entrySet()) {
            Field field = entry.getValue();
            fields++;
            depth = Math.max(depth, level);
            String value = field.getName().equals("__typename")
                    ? literal(type)
                    : field(table, row, field, level, joins);
            object.add(literal(entry.getKey())).add(value);
        }
        return object.toString();
    }

    private String field(Table table, String row, Field field, int level, List<String> joins) {
        FieldSql sql = table.fields().get(field.getName());
        if (sql == null || !(sql instanceof Page || sql instanceof ById) && !field.getArguments().isEmpty()) {
            throw new NotCompilable("field " + field.getName());
        }
        if (sql instanceof Value value) {
            return value.expression().apply(row);
        }
        if (sql instanceof Page page) {
            return connection(page, row, field, level);
        }
        String target = alias();
        if (sql instanceof Link link) {
            // a join on the primary key, like the ceiling statements: no sub-select per row
            joins.add(" left join " + table(link.type()).name() + " " + target + " on " + target + ".id = " + row + "."
                    + link.foreignKey());
            return "case when " + target + ".id is null then null else "
                    + object(link.type(), target, field.getSelectionSet(), level + 1, joins) + " end";
        }
        List<String> inner = new ArrayList<>();
        if (sql instanceof Rows rows) {
            String object = object(rows.type(), target, field.getSelectionSet(), level + 1, inner);
            return "(select coalesce(json_agg(" + object + " order by " + rows.order().replace("{x}", target)
                    + "), '[]') from " + table(rows.type()).name() + " " + target + String.join("", inner) + " where "
                    + target + "." + rows.parentKey() + " = " + row + ".id)";
        }
        ById byId = (ById) sql;
        String key = parameter(arguments.key(field.getArguments(), byId.type()), "int8");
        String object = object(byId.type(), target, field.getSelectionSet(), level + 1, inner);
        return "(select " + object + " from " + table(byId.type()).name() + " " + target + String.join("", inner)
                + " where " + target + ".id = " + key + ")";
    }

    private String connection(Page page, String parent, Field field, int level) {
        checks.add(arguments.onlyNull(field.getArguments(), "first"));
        String connectionType = page.type() + "Connection";
        Map<String, Field> selected = selections.collect(connectionType, field.getSelectionSet());
        Binder pageSize = arguments.pageSize(field.getArguments());
        sizes.add(pageSize);
        String size = ReadPlan.sizeMark(sizes.size() - 1);
        String from = table(page.type()).name();
        StringJoiner connection = new StringJoiner(", ", "json_build_object(", ")");
        for (Map.Entry<String, Field> entry : selected.entrySet()) {
            fields++;
            depth = Math.max(depth, level + 1);
            String row = alias();
            String where = " where " + page.condition().replace("{x}", row).replace("{p}", String.valueOf(parent));
            String order = " order by " + page.order().replace("{x}", row);
            String value = switch (entry.getValue().getName()) {
                case "__typename" -> literal(connectionType);
                case "totalCount" -> "(select count(*)::int4 from " + from + " " + row + where + ")";
                case "nodes" -> nodes(page.type(), row, entry.getValue(), level, from + " " + row + where + order
                        + " limit " + size, order);
                case "pageInfo" -> pageInfo(entry.getValue(), "(select count(*) > " + size + " from (select 1 from "
                        + from + " " + row + where + order + " limit " + size + " + 1) more)", level + 1);
                default -> throw new NotCompilable("connection field " + entry.getValue().getName());
            };
            connection.add(literal(entry.getKey())).add(value);
        }
        return connection.toString();
    }

    private String nodes(String type, String row, Field field, int level, String page, String order) {
        List<String> joins = new ArrayList<>();
        String object = object(type, row, field.getSelectionSet(), level + 2, joins);
        return "(select coalesce(json_agg(" + object + order + "), '[]') from (select * from " + page + ") " + row
                + String.join("", joins) + ")";
    }

    private String pageInfo(Field field, String hasNextPage, int level) {
        StringJoiner info = new StringJoiner(", ", "json_build_object(", ")");
        for (Map.Entry<String, Field> entry : selections.collect("PageInfo", field.getSelectionSet()).entrySet()) {
            fields++;
            depth = Math.max(depth, level + 1);
            String value = switch (entry.getValue().getName()) {
                case "__typename" -> literal("PageInfo");
                case "hasNextPage" -> hasNextPage;
                // plans never read after a cursor: requests with one go to the resolvers
                case "hasPreviousPage" -> "false";
                default -> throw new NotCompilable("page info field " + entry.getValue().getName());
            };
            info.add(literal(entry.getKey())).add(value);
        }
        return info.toString();
    }

    private String parameter(Binder binder, String sqlType) {
        binders.add(binder);
        return "$" + binders.size() + "::" + sqlType;
    }

    private String alias() {
        return "t" + ++aliases;
    }

    private static Table table(String type) {
        Table table = ReadModel.table(type);
        if (table == null) {
            throw new NotCompilable("type " + type);
        }
        return table;
    }

    private static String literal(String name) {
        // GraphQL names and response keys are [_A-Za-z][_0-9A-Za-z]*: nothing to escape
        return "'" + name + "'";
    }
}
