package org.talksrecord.generative;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.talksrecord.generative.Case.Accept;
import org.talksrecord.generative.Case.Method;
import org.talksrecord.generative.Case.Mode;
import org.talksrecord.generative.Case.Token;

import io.vertx.core.json.JsonObject;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.ParseAndValidate;
import graphql.ParseAndValidateResult;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.parser.Parser;

/** The generator makes what it claims: graphql-java itself judges its valid, invalid and deep documents. */
class CaseGeneratorTest {

    private static final ReferenceEngine ENGINE = ReferenceEngine.contract();
    private static final long SEED = 20250523L;

    private static CaseGenerator generator(long seed) {
        return new CaseGenerator(ENGINE.schema, Set.of(), seed);
    }

    @Test
    void cleanCasesAreValidAndRun() {
        CaseGenerator generator = generator(SEED);
        for (int i = 0; i < 250; i++) {
            Case clean = generator.generate(i, Mode.CLEAN);
            assertEquals(Validity.CLEAN, clean.validity(), clean.describe());
            ExecutionResult result = ENGINE.run(clean);
            assertTrue(result.isDataPresent(), clean.describe() + result.getErrors());
            assertTrue(depth(clean.document()) <= 12, clean.describe());
            assertTrue(clean.size() <= CaseGenerator.MAX_BODY, clean.describe());
        }
    }

    @Test
    void invalidVariableCasesValidateButDoNotCoerce() {
        CaseGenerator generator = generator(SEED);
        for (int i = 0; i < 250; i++) {
            Case invalid = generator.generate(i, Mode.INVALID_VARIABLE);
            assertEquals(Validity.CLEAN, invalid.documentValidity(), invalid.describe());
            assertEquals(Validity.INVALID, invalid.variablesValidity(), invalid.describe());
            assertFalse(invalid.invalidVariables().isEmpty(), invalid.describe());
            ParseAndValidateResult validated = ParseAndValidate.parseAndValidate(ENGINE.schema,
                    ExecutionInput.newExecutionInput(invalid.document()).build());
            assertFalse(validated.isFailure(), invalid.describe() + validated.getErrors());
            ExecutionResult result = ENGINE.run(invalid);
            assertFalse(result.isDataPresent(), invalid.describe() + result.getErrors());
        }
    }

    @Test
    void invalidLiteralCasesParseButDoNotValidate() {
        CaseGenerator generator = generator(SEED);
        for (int i = 0; i < 250; i++) {
            Case invalid = generator.generate(i, Mode.INVALID_LITERAL);
            assertEquals(Validity.INVALID, invalid.documentValidity(), invalid.describe());
            Parser.parse(invalid.document());
            ParseAndValidateResult validated = ParseAndValidate.parseAndValidate(ENGINE.schema,
                    ExecutionInput.newExecutionInput(invalid.document()).build());
            assertTrue(validated.isFailure(), invalid.describe());
        }
    }

    @Test
    void everyDocumentFaultIsRefusedBeforeExecution() {
        CaseGenerator generator = generator(SEED);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1_000; i++) {
            Case faulty = generator.generate(i, Mode.DOCUMENT_FAULT);
            String fault = faulty.tags().stream().map(Tag::kind).filter(k -> k.startsWith("document: ")).findFirst()
                    .orElseThrow();
            seen.add(fault);
            if (faulty.documentValidity() == Validity.INVALID) {
                ExecutionResult result = ENGINE.run(faulty);
                assertFalse(result.isDataPresent(), faulty.describe() + result.getErrors());
            }
        }
        for (Fault fault : Fault.values()) {
            assertTrue(seen.contains("document: " + fault.name().toLowerCase().replace('_', ' ')), fault.name());
        }
    }

    @Test
    void deepCasesGoBeyondTheDepthLimitAndNothingElseIsWrong() {
        CaseGenerator generator = generator(SEED);
        for (int i = 0; i < 100; i++) {
            Case deep = generator.generate(i, Mode.DEEP);
            assertTrue(depth(deep.document()) >= 15, deep.describe());
            assertEquals(Validity.INVALID, deep.documentValidity(), deep.describe());
            assertFalse(ParseAndValidate.parseAndValidate(ENGINE.schema,
                    ExecutionInput.newExecutionInput(deep.document()).build()).isFailure(), deep.describe());
            ExecutionResult result = ENGINE.run(deep);
            assertFalse(result.isDataPresent(), deep.describe());
            assertTrue(result.getErrors().get(0).getMessage().contains("depth"), deep.describe());
        }
    }

    @Test
    void mixedCasesAreWhatTheyClaim() {
        CaseGenerator generator = generator(SEED);
        Map<Validity, Integer> counts = new HashMap<>();
        for (int i = 0; i < 1_000; i++) {
            Case mixed = generator.generate(i, Mode.MIXED);
            counts.merge(mixed.validity(), 1, Integer::sum);
            if (mixed.validity() == Validity.DUBIOUS) {
                continue;
            }
            ExecutionResult result = ENGINE.run(mixed);
            assertEquals(mixed.validity() == Validity.CLEAN, result.isDataPresent(),
                    mixed.describe() + result.getErrors());
        }
        for (Validity validity : Validity.values()) {
            assertTrue(counts.getOrDefault(validity, 0) > 100, counts.toString());
        }
    }

    @Test
    void aRunCoversTheSchemaTheValuesAndTheTransports() {
        CaseGenerator generator = generator(SEED);
        Set<String> rootFields = new HashSet<>();
        Set<String> kinds = new HashSet<>();
        Set<Mode> modes = EnumSet.noneOf(Mode.class);
        Set<String> transports = new HashSet<>();
        int oversized = 0;
        for (int i = 0; i < 3_000; i++) {
            Case sent = generator.generate(i);
            modes.add(sent.mode());
            sent.tags().forEach(t -> kinds.add(t.kind()));
            transports.add(sent.method() + " " + sent.accept() + " " + sent.token() + (sent.mutation()
                    ? " mutation"
                    : " query"));
            if (sent.oversized()) {
                oversized++;
                assertTrue(sent.size() > CaseGenerator.BODY_LIMIT, sent.describe());
            } else {
                assertTrue(sent.size() <= (sent.method() == Method.GET
                        ? CaseGenerator.MAX_GET
                        : CaseGenerator.MAX_BODY), sent.describe());
            }
            if (sent.document() != null && sent.validity() == Validity.CLEAN) {
                rootFields.addAll(rootFields(sent.document()));
            }
        }
        assertEquals(EnumSet.allOf(Mode.class), modes);
        assertTrue(oversized >= 10, "oversized: " + oversized);
        List<String> missing = new ArrayList<>();
        ENGINE.schema.getQueryType().getFieldDefinitions().forEach(f -> missing.add(f.getName()));
        ENGINE.schema.getMutationType().getFieldDefinitions().forEach(f -> missing.add(f.getName()));
        missing.removeAll(rootFields);
        assertEquals(List.of(), missing, "root fields never generated");
        for (String kind : List.of("Int out of the 32-bit range", "Int given a float", "Int given a string",
                "String given an int", "Date given a list", "String given an object", "malformed Date",
                "malformed DateTime", "malformed ID", "unknown enum value", "unknown input field",
                "null for non-null", "missing required variable", "missing required input field", "huge String",
                "String with NUL", "String with a lone high surrogate", "depth over the limit of 12",
                "undeclared variable", "deeply nested JSON in an undeclared variable", "list of more than 100 items",
                "body: not JSON", "document: nested lists", "document: truncated")) {
            assertTrue(kinds.contains(kind), kind + " never generated; generated: " + kinds);
        }
        for (Method method : Method.values()) {
            for (Accept accept : Accept.values()) {
                for (Token token : Token.values()) {
                    assertTrue(transports.contains(method + " " + accept + " " + token + " query"),
                            method + " " + accept + " " + token);
                    if (method == Method.POST) {
                        assertTrue(transports.contains(method + " " + accept + " " + token + " mutation"),
                                method + " " + accept + " " + token + " mutation");
                    }
                }
            }
        }
    }

    @Test
    void aSeedAndAnIndexMakeTheSameCaseEveryTime() {
        CaseGenerator first = generator(SEED);
        CaseGenerator second = generator(SEED);
        CaseGenerator other = generator(SEED + 1);
        int differing = 0;
        for (int i = 0; i < 150; i++) {
            assertEquals(first.generate(i).describe(), second.generate(i).describe());
            if (!first.generate(i).describe().equals(other.generate(i).describe().replace(
                    String.valueOf(SEED + 1), String.valueOf(SEED)))) {
                differing++;
            }
        }
        assertTrue(differing > 120, "other seeds make other cases: " + differing);
    }

    @Test
    void generatedRequestsNeverLookLikeLeaksThemselves() {
        CaseGenerator generator = generator(SEED);
        for (int i = 0; i < 800; i++) {
            Case sent = generator.generate(i);
            String text = sent.document() == null
                    ? new String(sent.body())
                    : sent.document()
                            + Json.write(sent.variables());
            assertEquals(java.util.Optional.empty(), Leaks.find(text), sent.describe());
        }
        Texts.ORDINARY.forEach(text -> assertEquals(java.util.Optional.empty(), Leaks.find(text), text));
    }

    @Test
    void leaksAreRecognised() {
        for (String leak : List.of("Unknown Scalar Type [org.talksrecord.statement.StatementFilter]",
                "StringValue{value='AAAA'}", "java.lang.NullPointerException", "\tat io.vertx.core.Foo.bar(Foo.java:1)",
                "ERROR: relation \"no_such_table\" does not exist", "select secret from no_such_table",
                "SQLSTATE 42P01", "code 22P02", "column said_at is null", "negotiation_party",
                "graphql.schema.CoercingParseValueException")) {
            assertTrue(Leaks.find(leak).isPresent(), leak);
        }
        for (String fine : List.of("Malformed ID: IDs must be passed exactly as the API returned them.",
                "first must be between 0 and 100", "Validation error: Field 'shoeSize' in type 'Participant'",
                "UGFydGljaXBhbnQ6MQ", "Internal server error", "The date 2025-13-01 is not a calendar date")) {
            assertFalse(Leaks.find(fine).isPresent(), fine);
        }
    }

    @Test
    void jsonKeepsLoneSurrogatesAndNulAsEscapes() {
        String odd = "a\u0000b\uD800c\uDFFFd😀e\u202E";
        String json = Json.write(java.util.Map.of("x", odd));
        assertTrue(json.chars().allMatch(c -> c < 0x7f), json);
        assertEquals(odd, new JsonObject(json).getString("x"));
    }

    @Test
    void theVerdictCatchesTheKnownFailures() {
        Case invalidVariable = generator(SEED).generate(7, Mode.INVALID_VARIABLE);
        String leaky = "{\"errors\":[{\"message\":\"Variable 'f' has an invalid value: StringValue{value='AAAA'}\","
                + "\"extensions\":{\"code\":\"BAD_USER_INPUT\"}},{\"message\":\"Internal server error\",\"path\":[\"s\"],"
                + "\"extensions\":{\"code\":\"INTERNAL_SERVER_ERROR\"}}],\"data\":{\"s\":null}}";
        List<String> kinds = Verdict.check(invalidVariable, 200, leaky).stream().map(Verdict.Finding::kind).toList();
        assertTrue(kinds.stream().anyMatch(k -> k.startsWith("INTERNAL_SERVER_ERROR")), kinds.toString());
        assertTrue(kinds.stream().anyMatch(k -> k.startsWith("shows a graphql-java internal")), kinds.toString());
        assertTrue(kinds.stream().anyMatch(k -> k.startsWith("executed despite")), kinds.toString());
        String uncoded = "{\"errors\":[{\"message\":\"Unparseable input document\"}],\"data\":null}";
        assertTrue(Verdict.check(invalidVariable, 200, uncoded).stream()
                .anyMatch(f -> f.kind().startsWith("error without extensions.code")));
        String named = "{\"errors\":[{\"message\":\"Not a date.\",\"extensions\":{\"code\":\"BAD_USER_INPUT\","
                + "\"field\":\"" + invalidVariable.invalidVariables().iterator().next() + ".from\"}}]}";
        List<Verdict.Finding> right = Verdict.check(invalidVariable,
                invalidVariable.accept() == Accept.JSON ? 200 : 400,
                named);
        assertEquals(List.of(), right);
        assertNotEquals(List.of(), Verdict.check(invalidVariable, 500, named));
        Case getMutation = java.util.stream.IntStream.range(0, 3_000).mapToObj(i -> generator(SEED).generate(i))
                .filter(c -> c.method() == Method.GET && c.mutation()).findFirst().orElseThrow();
        String unauthenticated = "{\"errors\":[{\"message\":\"Authentication required.\",\"path\":[\"x\"],"
                + "\"extensions\":{\"code\":\"UNAUTHENTICATED\"}}],\"data\":null}";
        assertTrue(Verdict.check(getMutation, 200, unauthenticated).stream()
                .anyMatch(f -> f.kind().startsWith("mutation executed over GET")));
        assertEquals(List.of(), Verdict.check(getMutation, 405, ""));
    }

    /** Levels of fields, as graphql-java's depth limit counts them (a root field is level 1). */
    static int depth(String document) {
        Document parsed = Parser.parse(document);
        Map<String, FragmentDefinition> fragments = new HashMap<>();
        parsed.getDefinitionsOfType(FragmentDefinition.class).forEach(f -> fragments.put(f.getName(), f));
        return parsed.getDefinitionsOfType(OperationDefinition.class).stream()
                .mapToInt(o -> depth(o.getSelectionSet(), fragments, 1)).max().orElse(0);
    }

    private static int depth(SelectionSet set, Map<String, FragmentDefinition> fragments, int level) {
        int deepest = 0;
        for (Selection<?> selection : set.getSelections()) {
            if (selection instanceof Field field) {
                deepest = Math.max(deepest, field.getSelectionSet() == null
                        ? level
                        : depth(field.getSelectionSet(), fragments, level + 1));
            } else if (selection instanceof InlineFragment inline) {
                deepest = Math.max(deepest, depth(inline.getSelectionSet(), fragments, level));
            } else if (selection instanceof FragmentSpread spread) {
                deepest = Math.max(deepest, depth(fragments.get(spread.getName()).getSelectionSet(), fragments, level));
            }
        }
        return deepest;
    }

    private static Set<String> rootFields(String document) {
        Set<String> names = new HashSet<>();
        for (OperationDefinition operation : Parser.parse(document).getDefinitionsOfType(OperationDefinition.class)) {
            for (Selection<?> selection : operation.getSelectionSet().getSelections()) {
                if (selection instanceof Field field) {
                    names.add(field.getName());
                }
            }
        }
        return names;
    }
}
