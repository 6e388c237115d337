package org.talksrecord.generative;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.talksrecord.generative.Case.Accept;
import org.talksrecord.generative.Case.Method;
import org.talksrecord.generative.Case.Mode;
import org.talksrecord.generative.Case.Token;

/** POST bodies that are not well-formed GraphQL requests, or are well-formed in unusual ways. */
final class RawBodies {

    private static final String TYPENAME = "{\"query\":\"{ __typename }\"";
    private static final String BOOLEAN_VARIABLE = "{\"query\":\"query($b: Boolean!) { __typename @include(if: $b) }\","
            + "\"variables\":{\"b\":";

    private record Raw(String kind, Validity validity, String text) {
    }

    private static final List<Raw> BODIES = List.of(
            new Raw("empty body", Validity.INVALID, ""),
            new Raw("not JSON", Validity.INVALID, "not json"),
            new Raw("unterminated JSON", Validity.INVALID, "{"),
            new Raw("JSON null", Validity.INVALID, "null"),
            new Raw("JSON string", Validity.INVALID, "\"{ __typename }\""),
            new Raw("JSON number", Validity.INVALID, "42"),
            new Raw("no query", Validity.INVALID, "{}"),
            new Raw("variables without query", Validity.INVALID, "{\"variables\":{}}"),
            new Raw("query a number", Validity.INVALID, "{\"query\":5}"),
            new Raw("query null", Validity.INVALID, "{\"query\":null}"),
            new Raw("query a list", Validity.INVALID, "{\"query\":[\"{ __typename }\"]}"),
            new Raw("query an object", Validity.INVALID, "{\"query\":{}}"),
            new Raw("query a boolean", Validity.INVALID, "{\"query\":true}"),
            new Raw("variables a string", Validity.INVALID, TYPENAME + ",\"variables\":\"x\"}"),
            new Raw("variables a list", Validity.INVALID, TYPENAME + ",\"variables\":[1]}"),
            new Raw("variables a number", Validity.INVALID, TYPENAME + ",\"variables\":5}"),
            new Raw("variables a boolean", Validity.INVALID, TYPENAME + ",\"variables\":true}"),
            new Raw("operationName a number", Validity.INVALID, TYPENAME + ",\"operationName\":5}"),
            new Raw("operationName an object", Validity.INVALID, TYPENAME + ",\"operationName\":{}}"),
            new Raw("operationName a list", Validity.INVALID, TYPENAME + ",\"operationName\":[\"a\"]}"),
            new Raw("Boolean variable a huge exponent", Validity.INVALID, BOOLEAN_VARIABLE + "1e999999}}"),
            new Raw("Boolean variable a number", Validity.INVALID, BOOLEAN_VARIABLE + "1}}"),
            new Raw("Boolean variable 5,000 digits", Validity.INVALID, BOOLEAN_VARIABLE + "9".repeat(5_000) + "}}"),
            new Raw("Boolean variable missing", Validity.INVALID,
                    "{\"query\":\"query($b: Boolean!) { __typename @include(if: $b) }\"}"),
            new Raw("empty batch", Validity.DUBIOUS, "[]"),
            new Raw("batch", Validity.DUBIOUS, "[" + TYPENAME + "}," + TYPENAME + "}]"),
            new Raw("variables a JSON-encoded string", Validity.DUBIOUS, TYPENAME + ",\"variables\":\"{}\"}"),
            new Raw("extensions a number", Validity.DUBIOUS, TYPENAME + ",\"extensions\":5}"),
            new Raw("persisted query hash only", Validity.DUBIOUS,
                    "{\"extensions\":{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\"" + "ab".repeat(32)
                            + "\"}}}"),
            new Raw("persisted query wrong hash", Validity.DUBIOUS, TYPENAME
                    + ",\"extensions\":{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\"abc\"}}}"),
            new Raw("persisted query odd version", Validity.DUBIOUS,
                    "{\"extensions\":{\"persistedQuery\":{\"version\":\"x\",\"sha256Hash\":5}}}"),
            new Raw("duplicate query key", Validity.DUBIOUS, TYPENAME + ",\"query\":\"{ __schema { __typename } }\"}"),
            new Raw("trailing garbage", Validity.DUBIOUS, TYPENAME + "} trailing"),
            new Raw("two JSON documents", Validity.DUBIOUS, TYPENAME + "}" + TYPENAME + "}"),
            new Raw("byte order mark", Validity.DUBIOUS, "\uFEFF" + TYPENAME + "}"),
            new Raw("JSON with comments", Validity.DUBIOUS, "/* c */" + TYPENAME + "}"),
            new Raw("single-quoted JSON", Validity.DUBIOUS, "{'query':'{ __typename }'}"),
            new Raw("NaN in variables", Validity.DUBIOUS, TYPENAME + ",\"variables\":{\"x\":NaN}}"),
            new Raw("escaped lone surrogate in query", Validity.DUBIOUS,
                    "{\"query\":\"{ __type(name: \\\"\\ud800\\\") { name } }\"}"),
            new Raw("escaped NUL in query", Validity.DUBIOUS, "{\"query\":\"{ __typename\\u0000 }\"}"),
            new Raw("every optional member null", Validity.CLEAN,
                    TYPENAME + ",\"variables\":null,\"operationName\":null,\"extensions\":null}"),
            new Raw("empty extensions", Validity.CLEAN, TYPENAME + ",\"extensions\":{}}"),
            new Raw("members in another order", Validity.CLEAN,
                    "{\"variables\":{},\"operationName\":\"Q\",\"query\":\"query Q { __typename }\"}"),
            new Raw("much whitespace", Validity.CLEAN, " \n\t\r".repeat(10_000) + TYPENAME + "}"));

    private RawBodies() {
    }

    static Case pick(int index, long seed, Random random) {
        int choice = random.nextInt(BODIES.size() + 4);
        String kind;
        Validity validity;
        byte[] body;
        if (choice < BODIES.size()) {
            Raw raw = BODIES.get(choice);
            kind = raw.kind();
            validity = raw.validity();
            body = raw.text().getBytes(StandardCharsets.UTF_8);
        } else if (choice == BODIES.size()) {
            kind = "invalid UTF-8 in the query";
            validity = Validity.DUBIOUS;
            body = concat("{\"query\":\"{ __type(name: \\\"", new byte[]{(byte) 0xC3, (byte) 0x28, (byte) 0xFF},
                    "\\\") { name } }\"}");
        } else if (choice == BODIES.size() + 1) {
            kind = "UTF-16 body";
            validity = Validity.DUBIOUS;
            body = (TYPENAME + "}").getBytes(StandardCharsets.UTF_16);
        } else {
            int depth = 1_000 + random.nextInt(40_000);
            boolean arrays = random.nextBoolean();
            kind = "deeply nested JSON in " + (random.nextBoolean() ? "variables" : "extensions");
            validity = Validity.DUBIOUS;
            String nested = (arrays ? "[" : "{\"a\":").repeat(depth) + "1" + (arrays ? "]" : "}").repeat(depth);
            String member = kind.endsWith("variables") ? "\"variables\":{\"x\":" : "\"extensions\":{\"x\":";
            body = (TYPENAME + "," + member + nested + "}}").getBytes(StandardCharsets.UTF_8);
            if (body.length > CaseGenerator.MAX_BODY) {
                return null;
            }
        }
        Accept accept = random.nextBoolean() ? Accept.JSON : Accept.GRAPHQL_RESPONSE;
        List<Tag> tags = List.of(new Tag(validity, "body: " + kind, ""));
        return new Case(index, seed, Mode.RAW_BODY, null, null, null, false, Method.POST, accept, Token.NONE,
                "application/json", body, null, validity, Validity.CLEAN, tags, Set.of(), 0, 0);
    }

    private static byte[] concat(String before, byte[] middle, String after) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(before.getBytes(StandardCharsets.UTF_8));
        out.writeBytes(middle);
        out.writeBytes(after.getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }
}
