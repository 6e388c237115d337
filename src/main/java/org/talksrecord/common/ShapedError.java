package org.talksrecord.common;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import graphql.ErrorClassification;
import graphql.ErrorType;
import graphql.GraphQLError;
import graphql.language.SourceLocation;

/** An error that serializes to exactly message, locations, path and extensions: no classification or class. */
record ShapedError(String message, List<SourceLocation> locations, List<Object> path, Map<String, Object> extensions)
        implements
            GraphQLError {

    @Override
    public String getMessage() {
        return message;
    }

    @Override
    public List<SourceLocation> getLocations() {
        return locations;
    }

    @Override
    public List<Object> getPath() {
        return path;
    }

    @Override
    public Map<String, Object> getExtensions() {
        return extensions;
    }

    @Override
    public ErrorClassification getErrorType() {
        return ErrorType.DataFetchingException;
    }

    @Override
    public Map<String, Object> toSpecification() {
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("message", message);
        if (locations != null && !locations.isEmpty()) {
            List<Map<String, Integer>> lines = new ArrayList<>();
            locations.forEach(location -> lines.add(Map.of("line", location.getLine(), "column",
                    location.getColumn())));
            spec.put("locations", lines);
        }
        if (path != null) {
            spec.put("path", path);
        }
        spec.put("extensions", extensions);
        return spec;
    }
}
