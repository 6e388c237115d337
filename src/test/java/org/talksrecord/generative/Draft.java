package org.talksrecord.generative;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import graphql.schema.GraphQLCompositeType;

/**
 * A document being generated: its operation, variable definitions and values, and marked places where a
 * fault may still be written in (a selection set's start, a field without arguments).
 */
final class Draft {

    private static final Pattern MARKER = Pattern.compile("\u0001([SF]\\d+)\u0001");

    record SelectionSite(String id, GraphQLCompositeType type) {
    }

    String keyword = "query";
    String operationName;
    boolean shorthand;
    String comment = "";
    final List<String> declarations = new ArrayList<>();
    String selection = "";
    final StringBuilder definitions = new StringBuilder();
    final Map<String, Object> variables = new LinkedHashMap<>();
    String sentOperationName;
    final List<SelectionSite> selectionSites = new ArrayList<>();
    final List<String> fieldSites = new ArrayList<>();
    private final Map<String, String> insertions = new HashMap<>();
    Validity documentValidity = Validity.CLEAN;
    Validity variablesValidity = Validity.CLEAN;
    final Set<String> invalidVariables = new LinkedHashSet<>();
    int depth;
    int fields;
    // the service's introspection guard allows one __type and one __schema per operation
    boolean typeAsked;
    boolean schemaAsked;

    static String selectionMarker(String id) {
        return "\u0001" + id + "\u0001";
    }

    void insert(String siteId, String text) {
        insertions.merge(siteId, text, String::concat);
    }

    void documentIs(Validity validity) {
        documentValidity = documentValidity.and(validity);
    }

    String render() {
        StringBuilder head = new StringBuilder();
        if (!shorthand) {
            head.append(keyword);
            if (operationName != null) {
                head.append(' ').append(operationName);
            }
            if (!declarations.isEmpty()) {
                head.append('(').append(String.join(", ", declarations)).append(')');
            }
            head.append(' ');
        }
        Matcher marker = MARKER.matcher(selection);
        StringBuilder body = new StringBuilder();
        while (marker.find()) {
            marker.appendReplacement(body, Matcher.quoteReplacement(insertions.getOrDefault(marker.group(1), "")));
        }
        marker.appendTail(body);
        String rendered = comment + head + body;
        if (definitions.length() > 0) {
            Matcher inFragments = MARKER.matcher(definitions);
            StringBuilder fragments = new StringBuilder();
            while (inFragments.find()) {
                inFragments.appendReplacement(fragments,
                        Matcher.quoteReplacement(insertions.getOrDefault(inFragments.group(1), "")));
            }
            inFragments.appendTail(fragments);
            rendered += " " + fragments;
        }
        return rendered;
    }
}
