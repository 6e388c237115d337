package org.talksrecord.generative;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.talksrecord.generative.Case.Accept;
import org.talksrecord.generative.Case.Method;
import org.talksrecord.generative.Case.Mode;
import org.talksrecord.generative.Case.Token;

import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * Judges one response. HTTP statuses allowed: 200 for every answered request, and 400 for a request error
 * (always under {@code application/graphql-response+json}, and under {@code application/json} only for a body
 * that is not a well-formed GraphQL request); 401 only for a garbage bearer token on a mutation; 405 only for a
 * mutation sent by GET; 413 exactly for the bodies over 100 KiB.
 */
final class Verdict {

    record Finding(String kind, String detail) {
    }

    private static final Pattern EXCEPTION = Pattern.compile("\\b(?:[a-z]\\w*\\.)+([A-Z]\\w*(?:Exception|Error))\\b");

    /** The codes the service documents; INTERNAL_SERVER_ERROR is among them but never a right answer here. */
    static final Set<String> CODES = Set.of("BAD_USER_INPUT", "NOT_FOUND", "UNAUTHENTICATED", "FORBIDDEN",
            "CONFLICT", "GRAPHQL_PARSE_FAILED", "GRAPHQL_VALIDATION_FAILED", "PERSISTED_QUERY_NOT_FOUND",
            "SERVICE_UNAVAILABLE", "TIMEOUT");

    private Verdict() {
    }

    static List<Finding> check(Case sent, int status, String body) {
        List<Finding> findings = new ArrayList<>();
        if (status < 0) {
            findings.add(new Finding("no HTTP response", body));
            return findings;
        }
        if (sent.oversized()) {
            if (status != 413) {
                findings.add(new Finding("body over 100 KiB answered HTTP " + status + " instead of 413", ""));
            }
            leaks(body, findings);
            return findings;
        }
        boolean mutation = sent.mutation();
        boolean allowed = status == 200 || status == 400 || status == 401 && sent.token() == Token.GARBAGE && mutation
                || status == 405 && sent.method() == Method.GET && mutation;
        if (!allowed) {
            Matcher exception = EXCEPTION.matcher(body);
            findings.add(new Finding("HTTP " + status + (status == 413 ? " for a body under 100 KiB" : "")
                    + (exception.find() ? " (" + exception.group(1) + ")" : ""), "status " + status));
        }
        Object decoded;
        try {
            decoded = io.vertx.core.json.Json.decodeValue(body);
        } catch (DecodeException | IllegalStateException | ClassCastException e) {
            decoded = null;
        }
        if (status == 401 || status == 405 || !allowed) {
            leaks(body, findings);
            return findings;
        }
        if (decoded instanceof JsonArray batch && sent.mode() == Mode.RAW_BODY) {
            for (Object element : batch) {
                if (element instanceof JsonObject response) {
                    errors(sent, response, findings);
                }
            }
            return findings;
        }
        if (!(decoded instanceof JsonObject response)) {
            findings.add(new Finding("HTTP " + status + " body is not a GraphQL JSON response", ""));
            leaks(body, findings);
            return findings;
        }
        JsonArray errors = errors(sent, response, findings);
        if (status == 400 && nestsTooDeep(sent)) {
            // refused as malformed before its variables are read: nothing else to judge
            return findings;
        }
        boolean dataEntry = response.containsKey("data");
        boolean data = response.getValue("data") != null;
        boolean fieldErrors = errors.stream()
                .anyMatch(e -> e instanceof JsonObject error && error.getValue("path") != null);
        if (!dataEntry && errors.isEmpty()) {
            findings.add(new Finding("response with neither data nor errors", ""));
        }
        if (sent.accept() == Accept.GRAPHQL_RESPONSE) {
            if (!dataEntry && status == 200) {
                findings.add(new Finding("request error answered HTTP 200 under application/graphql-response+json",
                        ""));
            }
            if (data && status != 200) {
                findings.add(new Finding("data answered HTTP " + status + " under application/graphql-response+json",
                        ""));
            }
        } else if (status != 200 && sent.mode() != Mode.RAW_BODY) {
            findings.add(new Finding("HTTP " + status + " under application/json for a well-formed request", ""));
        }
        if (mutation && sent.method() == Method.GET && (data || fieldErrors)) {
            findings.add(new Finding("mutation executed over GET (GraphQL over HTTP: 405)", ""));
        }
        Validity validity = sent.validity();
        if (validity == Validity.INVALID) {
            String kinds = kinds(sent, Validity.INVALID);
            if (data || fieldErrors) {
                findings.add(new Finding("executed despite " + kinds, ""));
            }
            if (errors.isEmpty()) {
                findings.add(new Finding("no error for " + kinds, ""));
            } else if (sent.documentValidity() == Validity.CLEAN && !sent.invalidVariables().isEmpty()
                    && !namesVariable(errors, sent.invalidVariables())) {
                findings.add(new Finding("variable error without a BAD_USER_INPUT naming the variable in "
                        + "extensions.field", kinds));
            }
        } else if (validity == Validity.CLEAN && !data && !fieldErrors && !errors.isEmpty()
                && !(mutation && errors.stream().allMatch(Verdict::authError))) {
            findings.add(new Finding("valid request refused: " + normalize(message(errors.getValue(0))), ""));
        }
        return findings;
    }

    /** Bodies nesting JSON deeper than the JSON parser's limit (1,000 levels) are refused as malformed. */
    private static boolean nestsTooDeep(Case sent) {
        int depth = 0;
        int deepest = 0;
        boolean inString = false;
        byte[] body = sent.body() == null ? new byte[0] : sent.body();
        for (int i = 0; i < body.length; i++) {
            byte b = body[i];
            if (inString) {
                if (b == '\\') {
                    i++;
                } else if (b == '"') {
                    inString = false;
                }
            } else if (b == '"') {
                inString = true;
            } else if (b == '[' || b == '{') {
                deepest = Math.max(deepest, ++depth);
            } else if (b == ']' || b == '}') {
                depth--;
            }
        }
        return deepest > 1_000;
    }

    private static JsonArray errors(Case sent, JsonObject response, List<Finding> findings) {
        Object value = response.getValue("errors");
        if (value != null && !(value instanceof JsonArray list && !list.isEmpty())) {
            findings.add(new Finding("errors is not a non-empty list", ""));
        }
        JsonArray errors = value instanceof JsonArray list ? list : new JsonArray();
        for (Object element : errors) {
            if (!(element instanceof JsonObject error)) {
                findings.add(new Finding("error that is not an object", ""));
                continue;
            }
            Object code = error.getJsonObject("extensions") == null
                    ? null
                    : error.getJsonObject("extensions").getValue("code");
            if (!(error.getValue("message") instanceof String)) {
                findings.add(new Finding("error without a message", ""));
            }
            if (!(code instanceof String name) || name.isEmpty()) {
                findings.add(new Finding("error without extensions.code: " + normalize(message(error)), ""));
            } else if ("INTERNAL_SERVER_ERROR".equals(name)) {
                findings.add(new Finding("INTERNAL_SERVER_ERROR at " + field(sent, error.getJsonArray("path")),
                        kinds(sent, Validity.DUBIOUS)));
            } else if (!CODES.contains(name)) {
                findings.add(new Finding("undocumented extensions.code " + name, ""));
            }
        }
        JsonObject withoutData = response.copy();
        withoutData.remove("data");
        strings(withoutData, "", findings);
        return errors;
    }

    private static boolean authError(Object error) {
        return error instanceof JsonObject object && object.getJsonObject("extensions") != null
                && object.getJsonObject("extensions").getValue("code") instanceof String code
                && Set.of("UNAUTHENTICATED", "FORBIDDEN").contains(code);
    }

    private static boolean namesVariable(JsonArray errors, Set<String> variables) {
        for (Object element : errors) {
            if (element instanceof JsonObject error && error.getJsonObject("extensions") != null
                    && "BAD_USER_INPUT".equals(error.getJsonObject("extensions").getValue("code"))
                    && error.getJsonObject("extensions").getValue("field") instanceof String field) {
                for (String variable : variables) {
                    if (Pattern.compile("(^|[^\\w])\\$?" + variable + "($|[^\\w])").matcher(field).find()) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Text outside {@code data} (stored records may say anything) must not give the implementation away. */
    private static void strings(Object value, String where, List<Finding> findings) {
        if (value instanceof String text) {
            Leaks.find(text).ifPresent(leak -> findings.add(new Finding("shows a " + leak.family() + " in "
                    + where.substring(1) + ": " + opening(text), leak.text() + " in " + text)));
        } else if (value instanceof JsonObject object) {
            for (Map.Entry<String, Object> entry : object) {
                strings(entry.getKey(), where + ".{key}", findings);
                strings(entry.getValue(), where + "." + entry.getKey(), findings);
            }
        } else if (value instanceof JsonArray array) {
            array.forEach(element -> strings(element, where + "[]", findings));
        }
    }

    private static void leaks(String body, List<Finding> findings) {
        Leaks.find(body).ifPresent(leak -> findings.add(new Finding("shows a " + leak.family()
                + " in a non-GraphQL body", leak.text())));
    }

    /** The schema field an error path ends at, aliases resolved through the document. */
    static String field(Case sent, JsonArray path) {
        if (path == null || path.isEmpty()) {
            return "(no path)";
        }
        String key = null;
        for (int i = path.size() - 1; i >= 0 && key == null; i--) {
            if (path.getValue(i) instanceof String name) {
                key = name;
            }
        }
        if (key == null || sent.document() == null) {
            return String.valueOf(key);
        }
        Matcher alias = Pattern.compile("(?<![\\w$])" + Pattern.quote(key) + "\\s*:\\s*(\\w+)")
                .matcher(sent.document());
        return alias.find() ? alias.group(1) : key;
    }

    /** The words a message starts with, up to its first quoted particular: enough to tell its source. */
    private static String opening(String message) {
        String opening = normalize(message).split("['\"]", 2)[0].strip();
        return opening.length() > 50 ? opening.substring(0, 50) + "…" : opening;
    }

    private static String message(Object error) {
        return error instanceof JsonObject object && object.getValue("message") instanceof String text ? text : null;
    }

    /** The deliberate oddities of a request at or above a level, for naming a failure class. */
    static String kinds(Case sent, Validity atLeast) {
        List<String> kinds = sent.tags().stream().filter(t -> t.validity().compareTo(atLeast) >= 0)
                .map(Tag::kind).distinct().sorted().toList();
        if (kinds.isEmpty()) {
            return atLeast == Validity.INVALID ? "invalid input" : "ordinary input";
        }
        return kinds.size() == 1 ? kinds.get(0) : "several odd values";
    }

    /** A message with its particulars (names, numbers, quoted values) blanked, so that alike ones group. */
    static String normalize(String message) {
        if (message == null) {
            return "(no message)";
        }
        String normalized = message.replaceAll("(?s)'.*'", "'…'").replaceAll("(?s)\".*\"", "\"…\"")
                .replaceAll("\\[[^\\]]*\\]", "[…]").replaceAll("\\{[^}]*\\}", "{…}").replaceAll("\\d+", "N")
                .replaceAll("\\s+", " ").strip();
        return normalized.length() > 140 ? normalized.substring(0, 140) + "…" : normalized;
    }
}
