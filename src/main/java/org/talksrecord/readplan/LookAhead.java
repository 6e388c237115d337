package org.talksrecord.readplan;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import org.talksrecord.reliability.Statements;

import io.quarkus.arc.Unremovable;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Tuple;

import graphql.language.SelectionSet;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLTypeUtil;

/**
 * Reads for operations SmallRye executes (over WebSocket, mutation results, subscription payloads): the field's
 * whole selection compiled and read in one statement, its value handed to execution as JSON objects.
 */
// looked up by ReadWiring, which SmallRye creates outside CDI
@Unremovable
@ApplicationScoped
public class LookAhead {

    private final Instance<GraphQLSchema> schema;
    private final Statements statements;

    public LookAhead(Instance<GraphQLSchema> schema, Statements statements) {
        this.schema = schema;
        this.statements = statements;
    }

    /** The value of a root query field. */
    public CompletionStage<Object> queryField(DataFetchingEnvironment env) {
        GraphQLSchema served = schema.get();
        ObjectPlan plan = compiler(env).object(served.getQueryType(),
                List.of(new SelectionSet(List.copyOf(env.getMergedField().getFields()))));
        Render render = new Render(env.getVariables());
        String json = plan.render(render, Scope.ROOT);
        refuseErrors(render);
        String key = env.getMergedField().getResultKey();
        Render.Finished finished = render.finish("select (" + json + ")::text");
        return execute(finished.sql(), finished.params()).map(object -> object.getValue(key)).toCompletionStage();
    }

    /**
     * The selection of a field whose value is one record of its type, compiled before the record is written so
     * that a refused argument refuses the write too; read by key once the write has committed.
     */
    public Record prepareRecord(DataFetchingEnvironment env) {
        GraphQLObjectType type = (GraphQLObjectType) GraphQLTypeUtil.unwrapAll(env.getFieldType());
        ObjectPlan plan = compiler(env).object(type,
                Selections.subSelections(env.getMergedField().getFields()));
        Render render = new Render(env.getVariables());
        String key = render.param(null, "int8");
        String json = Lookup.byKey(render, Tables.table(type.getName()), plan, key);
        refuseErrors(render);
        Render.Finished finished = render.finish("select (json_build_object('record', " + json + "))::text");
        return new Record(finished.sql(), finished.params());
    }

    /** A prepared read of one record: its first parameter is the record's key. */
    public final class Record {

        private final String sql;
        private final List<Object> params;

        private Record(String sql, List<Object> params) {
            this.sql = sql;
            this.params = params;
        }

        public CompletionStage<Object> read(long key) {
            List<Object> bound = new ArrayList<>(params);
            bound.set(0, key);
            return execute(sql, bound).map(object -> object.getValue("record")).toCompletionStage();
        }
    }

    /**
     * The selection of a subscription field ({@code Change}, {@code Statement} or {@code Exchange}) for batches of
     * rows, with the field's {@code filter} argument applied: compiled once, each batch read in one statement.
     */
    public Batch prepareBatch(DataFetchingEnvironment env) {
        GraphQLObjectType type = (GraphQLObjectType) GraphQLTypeUtil.unwrapAll(env.getFieldType());
        ListDef list = Tables.list(type.getName());
        ObjectPlan plan = compiler(env).object(type, Selections.subSelections(env.getMergedField().getFields()));
        Render render = new Render(env.getVariables());
        String keys = render.param(null, "int8[]");
        String row = render.alias();
        List<String> joins = new ArrayList<>();
        String json = plan.render(render, new Scope(row, joins));
        List<String> conditions = new ArrayList<>(list.conditions(render, env.getArgument("filter"), row));
        conditions.add(row + "." + list.keyColumn() + " = any(" + keys + ")");
        refuseErrors(render);
        Render.Finished finished = render.finish("select (json_build_object('rows', (select coalesce(json_agg("
                + json + " order by " + row + "." + list.keyColumn() + "), '[]') from " + list.table() + " " + row
                + String.join("", joins) + " where " + ListDef.and(conditions) + ")))::text");
        return new Batch(finished.sql(), finished.params());
    }

    /** A prepared read of a batch of rows: its first parameter is the array of their keys. */
    public final class Batch {

        private final String sql;
        private final List<Object> params;

        private Batch(String sql, List<Object> params) {
            this.sql = sql;
            this.params = params;
        }

        /** The rows among {@code keys} that match the filter, as JSON objects in key order. */
        public Future<List<Object>> read(Long[] keys) {
            List<Object> bound = new ArrayList<>(params);
            bound.set(0, keys);
            return execute(sql, bound).map(object -> object.getJsonArray("rows").getList());
        }
    }

    /** The change log position a {@code Change.cursor} names; a cursor of anything else is refused. */
    public static long changePosition(String cursor) {
        return (Long) Cursors.decode(cursor, Tables.CHANGES.defaultOrder().tag(Tables.CHANGES_TAG),
                Tables.CHANGES.defaultOrder()).value();
    }

    private Compiler compiler(DataFetchingEnvironment env) {
        return new Compiler(schema.get(), env.getFragmentsByName(), env.getVariables(), true);
    }

    private static void refuseErrors(Render render) {
        if (!render.errors().isEmpty()) {
            throw render.errors().get(0).failure();
        }
    }

    /** Within the current request's time budget, or one of its own outside requests (subscription payloads). */
    private Future<JsonObject> execute(String sql, List<Object> params) {
        return statements.run(sql, Tuple.from(params))
                .map(rows -> new JsonObject(rows.iterator().next().getString(0)));
    }
}
