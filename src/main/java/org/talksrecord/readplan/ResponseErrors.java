package org.talksrecord.readplan;

import java.util.ArrayList;
import java.util.List;

import org.talksrecord.readplan.Render.FieldError;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import graphql.language.SourceLocation;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;

/**
 * Turns the markers a statement returned where fields failed into GraphQL field errors: each marker becomes null
 * (propagated up to the nearest nullable position, as execution does) and an error with its response path.
 */
final class ResponseErrors {

    private record Found(List<Object> path, int id) {
    }

    private ResponseErrors() {
    }

    /**
     * The response with errors; {@code body} is {@code {"data": …}} as the statement built it. Null when no
     * failed field was reached (e.g. under a parent that does not exist): then the body stands as it is.
     */
    static Buffer apply(Buffer body, List<FieldError> errors) {
        JsonObject response = new JsonObject(body);
        List<Found> found = new ArrayList<>();
        find(response.getValue("data"), new ArrayList<>(), found);
        if (found.isEmpty()) {
            return null;
        }
        JsonArray shaped = new JsonArray();
        boolean dataGone = false;
        for (Found marker : found) {
            FieldError error = errors.get(marker.id());
            shaped.add(shape(error, marker.path()));
            dataGone |= nullOut(response, marker.path(), error.steps());
        }
        return new JsonObject().put("errors", shaped).put("data", dataGone ? null : response.getValue("data"))
                .toBuffer();
    }

    private static void find(Object value, List<Object> path, List<Found> found) {
        if (value instanceof JsonObject object) {
            if (object.size() == 1 && object.getValue(Render.ERROR_KEY) instanceof Number id) {
                found.add(new Found(List.copyOf(path), id.intValue()));
                return;
            }
            for (String key : object.fieldNames()) {
                path.add(key);
                find(object.getValue(key), path, found);
                path.remove(path.size() - 1);
            }
        } else if (value instanceof JsonArray array) {
            for (int i = 0; i < array.size(); i++) {
                path.add(i);
                find(array.getValue(i), path, found);
                path.remove(path.size() - 1);
            }
        }
    }

    /** Sets the failed position to null and propagates; true when the null reaches {@code data} itself. */
    private static boolean nullOut(JsonObject response, List<Object> path, List<Step> steps) {
        List<GraphQLType> types = new ArrayList<>(path.size());
        int step = 0;
        for (Object element : path) {
            types.add(element instanceof String
                    ? steps.get(step++).type()
                    : itemType(types.get(types.size() - 1)));
        }
        int at = path.size() - 1;
        set(response, path, at);
        while (GraphQLTypeUtil.isNonNull(types.get(at))) {
            at--;
            if (at < 0) {
                return true;
            }
            set(response, path, at);
        }
        return false;
    }

    private static GraphQLType itemType(GraphQLType listType) {
        GraphQLType list = listType instanceof GraphQLNonNull nonNull ? nonNull.getWrappedType() : listType;
        return ((GraphQLList) list).getWrappedType();
    }

    private static void set(JsonObject response, List<Object> path, int at) {
        Object container = response.getValue("data");
        for (int i = 0; i < at && container != null; i++) {
            container = container instanceof JsonObject object
                    ? object.getValue((String) path.get(i))
                    : ((JsonArray) container).getValue((Integer) path.get(i));
        }
        if (container instanceof JsonObject object) {
            object.putNull((String) path.get(at));
        } else if (container instanceof JsonArray array) {
            array.set((Integer) path.get(at), null);
        }
    }

    private static JsonObject shape(FieldError error, List<Object> path) {
        JsonObject shaped = new JsonObject().put("message", error.failure().getMessage());
        SourceLocation location = error.entry().field().getSourceLocation();
        if (location != null) {
            shaped.put("locations", new JsonArray().add(new JsonObject().put("line", location.getLine())
                    .put("column", location.getColumn())));
        }
        JsonObject extensions = new JsonObject().put("code", error.failure().code().name());
        if (error.failure().field() != null) {
            extensions.put("field", error.failure().field());
        }
        return shaped.put("path", new JsonArray(new ArrayList<>(path))).put("extensions", extensions);
    }
}
