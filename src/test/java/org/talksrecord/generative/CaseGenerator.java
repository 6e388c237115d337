package org.talksrecord.generative;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.talksrecord.generative.Case.Accept;
import org.talksrecord.generative.Case.Method;
import org.talksrecord.generative.Case.Mode;
import org.talksrecord.generative.Case.Token;
import org.talksrecord.generative.DocumentBuilder.Target;
import org.talksrecord.generative.Values.Want;

import graphql.schema.GraphQLInterfaceType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;

/**
 * Builds request number {@code index} of a run from the run's seed alone, so any one case can be rebuilt and
 * sent again by its seed and index.
 */
final class CaseGenerator {

    /** The service's body limit, 100 KiB. */
    static final int BODY_LIMIT = 102_400;
    /** Generated bodies stay below this, except the deliberately oversized ones. */
    static final int MAX_BODY = 100_000;
    /** A GET's query string stays well under the server's 4 KiB limit on the request line. */
    static final int MAX_GET = 3_000;

    private static final int[] MODE_WEIGHTS = {16, 44, 13, 7, 11, 4, 4, 1};

    private final GraphQLSchema schema;
    private final List<String> nodeTypes;
    private final Set<String> excluded;
    private final long seed;
    private final Map<String, Integer> heights;

    CaseGenerator(GraphQLSchema schema, Set<String> excluded, long seed) {
        this.schema = schema;
        this.excluded = Set.copyOf(excluded);
        this.seed = seed;
        this.heights = DocumentBuilder.heights(schema);
        this.nodeTypes = nodeTypes(schema);
    }

    /** Types that have global IDs: implementations of {@code Node}, else object types with an {@code id}. */
    private static List<String> nodeTypes(GraphQLSchema schema) {
        if (schema.getType("Node") instanceof GraphQLInterfaceType node) {
            return schema.getImplementations(node).stream().map(GraphQLObjectType::getName).toList();
        }
        List<String> types = schema.getAllTypesAsList().stream()
                .filter(t -> t instanceof GraphQLObjectType o && o.getFieldDefinition("id") != null)
                .map(t -> t.getName()).toList();
        return types.isEmpty() ? List.of("Thing") : types;
    }

    Case generate(int index) {
        Random random = new Random(mix(seed, index, -1));
        int roll = random.nextInt(100);
        for (Mode mode : Mode.values()) {
            roll -= MODE_WEIGHTS[mode.ordinal()];
            if (roll < 0) {
                return generate(index, mode);
            }
        }
        throw new IllegalStateException("mode weights do not add up to 100");
    }

    Case generate(int index, Mode mode) {
        for (int attempt = 0; attempt < 100; attempt++) {
            Case generated = attempt(index, mode, new Random(mix(seed, index, attempt)));
            if (generated != null) {
                return generated;
            }
        }
        throw new IllegalStateException("no " + mode + " case for index " + index);
    }

    private Case attempt(int index, Mode mode, Random random) {
        if (mode == Mode.RAW_BODY) {
            return RawBodies.pick(index, seed, random);
        }
        List<Tag> tags = new ArrayList<>();
        boolean mutation = schema.getMutationType() != null && random.nextInt(100) < 15;
        Want want = mode == Mode.MIXED ? Want.MIXED : Want.CLEAN;
        Values values = new Values(random, nodeTypes, tags, mode == Mode.MIXED ? 70_000 : 0);
        Target target = switch (mode) {
            case INVALID_VARIABLE -> new Target(-1, random.nextInt(3));
            case INVALID_LITERAL -> new Target(random.nextInt(3), -1);
            default -> Target.NONE;
        };
        int spine = mode == Mode.DEEP
                ? 15 + random.nextInt(6)
                : mode == Mode.MIXED && random.nextInt(8) == 0 ? 13 + random.nextInt(8) : 0;
        int limit = mode == Mode.DEEP ? 3 : 2 + random.nextInt(mode == Mode.MIXED ? 7 : 6);
        DocumentBuilder builder = new DocumentBuilder(schema, random, values, excluded, heights, want, target, limit,
                mode == Mode.MIXED ? 150 : 80);
        Fault fault = mode == Mode.DOCUMENT_FAULT ? Fault.values()[random.nextInt(Fault.values().length)] : null;
        if (fault == Fault.MISSING_REQUIRED_ARGUMENT) {
            builder.dropRequiredArgument();
        }
        Draft draft = builder.build(mutation, spine);
        if (!builder.targetMet()) {
            return null;
        }
        if (draft.depth > 14) {
            draft.documentIs(Validity.INVALID);
            tags.add(new Tag(Validity.INVALID, "depth over the limit of 12", String.valueOf(draft.depth)));
        } else if (draft.depth > 12) {
            draft.documentIs(Validity.DUBIOUS);
            tags.add(new Tag(Validity.DUBIOUS, "depth just over the limit of 12", String.valueOf(draft.depth)));
        }
        draft.operationName = random.nextBoolean() ? "Op" + random.nextInt(1_000) : null;
        draft.shorthand = !mutation && draft.declarations.isEmpty() && draft.operationName == null
                && random.nextBoolean();
        if (draft.operationName != null && random.nextBoolean()) {
            draft.sentOperationName = draft.operationName;
        }
        if (random.nextInt(20) == 0) {
            draft.comment = "# " + Texts.ordinary(random, 30).replaceAll("[\r\n]", " ") + "\n";
        }
        String document;
        if (fault != null) {
            boolean alreadyBroken = fault == Fault.MISSING_REQUIRED_ARGUMENT && builder.requiredArgumentDropped();
            document = alreadyBroken ? draft.render() : fault.apply(draft, random, schema);
            draft.documentIs(fault.validity());
            if (!fault.keepsDocument()) {
                tags.clear();
                draft.variables.clear();
                draft.variablesValidity = Validity.CLEAN;
                draft.invalidVariables.clear();
                draft.sentOperationName = null;
                mutation = false;
            }
            if (fault == Fault.SUBSCRIPTION) {
                mutation = false;
            }
            tags.add(new Tag(fault.validity(), "document: " + fault.name().toLowerCase().replace('_', ' '), ""));
        } else {
            document = draft.render();
        }
        Map<String, Object> variables = new LinkedHashMap<>(draft.variables);
        if ((mode == Mode.CLEAN || mode == Mode.MIXED) && random.nextInt(12) == 0) {
            extraVariable(variables, random, mode == Mode.MIXED, tags);
        }
        Accept accept = random.nextBoolean() ? Accept.JSON : Accept.GRAPHQL_RESPONSE;
        Token token = token(random, mutation);
        Validity variablesValidity = draft.variablesValidity;
        for (Tag tag : tags) {
            if (tag.kind().startsWith("deeply nested JSON")) {
                variablesValidity = variablesValidity.and(Validity.DUBIOUS);
            }
        }
        String operationName = draft.sentOperationName;
        boolean get = mode != Mode.OVERSIZED && random.nextInt(100) < (mutation ? 6 : 20);
        String queryString = get ? queryString(document, variables, operationName) : null;
        if (queryString != null && queryString.length() > MAX_GET) {
            queryString = null;
        }
        byte[] body = null;
        if (queryString == null) {
            body = body(document, variables, operationName, random);
            if (mode == Mode.OVERSIZED) {
                body = Oversized.pad(document, variables, operationName, random);
            } else if (body.length > MAX_BODY) {
                return null;
            }
        }
        String contentType = random.nextInt(10) == 0 ? "application/json; charset=utf-8" : "application/json";
        return new Case(index, seed, mode, document, variables, operationName, mutation,
                queryString == null ? Method.POST : Method.GET, accept, token, contentType, body, queryString,
                draft.documentValidity, variablesValidity, List.copyOf(tags), Set.copyOf(draft.invalidVariables),
                draft.depth, draft.fields);
    }

    private static Token token(Random random, boolean mutation) {
        int roll = random.nextInt(100);
        if (mutation) {
            return roll < 40 ? Token.NONE : roll < 85 ? Token.READER : Token.GARBAGE;
        }
        return roll < 85 ? Token.NONE : roll < 93 ? Token.READER : Token.GARBAGE;
    }

    /** Variables the operation does not declare are ignored (GraphQL spec, CoerceVariableValues). */
    private static void extraVariable(Map<String, Object> variables, Random random, boolean odd, List<Tag> tags) {
        String name = "extra" + random.nextInt(100);
        if (odd && random.nextInt(3) == 0) {
            int depth = 500 + random.nextInt(20_000);
            boolean arrays = random.nextBoolean();
            String json = (arrays ? "[" : "{\"a\":").repeat(depth) + "1" + (arrays ? "]" : "}").repeat(depth);
            variables.put(name, new Json.Raw(json));
            tags.add(new Tag(Validity.DUBIOUS, "deeply nested JSON in an undeclared variable", depth + " levels"));
            return;
        }
        Map<String, Object> nested = new LinkedHashMap<>();
        nested.put("text", Texts.ordinary(random, 20));
        nested.put("list", new ArrayList<>(List.of(1, 2.5, true)));
        variables.put(name, random.nextBoolean() ? nested : Texts.ordinary(random, 20));
        tags.add(new Tag(Validity.CLEAN, "undeclared variable", name));
    }

    static String queryString(String document, Map<String, Object> variables, String operationName) {
        StringBuilder query = new StringBuilder("query=").append(encode(document));
        if (!variables.isEmpty()) {
            query.append("&variables=").append(encode(Json.write(variables)));
        }
        if (operationName != null) {
            query.append("&operationName=").append(encode(operationName));
        }
        return query.toString();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static byte[] body(String document, Map<String, Object> variables, String operationName, Random random) {
        StringBuilder json = new StringBuilder("{\"query\":").append(Json.write(document));
        if (!variables.isEmpty()) {
            json.append(",\"variables\":").append(Json.write(variables));
        } else {
            int form = random.nextInt(3);
            json.append(form == 0 ? "" : form == 1 ? ",\"variables\":null" : ",\"variables\":{}");
        }
        if (operationName != null) {
            json.append(",\"operationName\":").append(Json.write(operationName));
        } else if (random.nextInt(8) == 0) {
            json.append(",\"operationName\":null");
        }
        return json.append('}').toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Mixes a run's seed, a case's index and an attempt number into one well-spread seed. */
    static long mix(long seed, long index, long attempt) {
        long z = seed + 0x9E3779B97F4A7C15L * (index + 1) + 0xC2B2AE3D27D4EB4FL * (attempt + 2);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
