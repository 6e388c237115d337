package org.talksrecord.generative;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLEnumValueDefinition;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLTypeUtil;

/**
 * Random input values for a GraphQL input type, right or wrong on purpose, each with what it is known to be.
 * The same value may be valid as a variable and invalid as a literal (a string for an enum), so every value is
 * made for one channel.
 */
final class Values {

    /** An enum value written bare in a document. */
    record EnumToken(String name) {
    }

    /** A reference to a variable, inside a literal. */
    record VariableRef(String name) {
    }

    record Gen(Object value, Validity validity) {
    }

    enum Channel {
        LITERAL, VARIABLE
    }

    enum Want {
        CLEAN, MIXED, INVALID
    }

    /** Declares a variable of the given type and value for use inside a literal; returns its name. */
    interface VariableSink {
        String declare(GraphQLInputType type, Gen value);
    }

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");
    private static final List<String> MALFORMED_DATES = List.of("2025-13-01", "2025-02-30", "2025-00-10",
            "2025-05-32", "AAAA", "", "2025-5-3", "23.05.2025", "05/23/2025", "20250523", "yesterday", "2025-05",
            "2025-05-23-01", "May 23, 2025");
    private static final List<String> ODD_DATES = List.of("0000-01-01", "+10000-01-01", "-0001-01-01",
            "2025-05-23T10:00:00Z", " 2025-05-23", "2025-05-23 ", "１２３４-05-23", "2025-W21-5");
    private static final List<String> MALFORMED_DATE_TIMES = List.of("2025-05-16T25:00:00Z",
            "2025-02-30T10:00:00Z", "2025-05-16T10:61:00Z", "2025-05-16T10:30:00+25:00", "yesterday", "",
            "2025-05-16 10:30", "16/05/2025 10:30", "now", "2025-05-16T10:30:00ZZ", "T10:30:00Z");
    private static final List<String> ODD_DATE_TIMES = List.of("2025-05-16T10:30:00", "2025-05-16",
            "2025-05-16t10:30:00z", "2025-05-16T10:30Z", "2025-05-16T10:30:00.123456789+03:00",
            "0000-01-01T00:00:00Z", "+10000-01-01T00:00:00Z", "2025-05-16T10:30:00+18:00",
            "2025-05-16T10:30:00-17:59", "2025-05-16T10:30:00+03:00[Europe/Kyiv]");
    private static final List<Object> ODD_INTS = List.of(-1, 101, 1000, 65_536, Integer.MAX_VALUE,
            Integer.MIN_VALUE, -2_147_483_647);
    private static final List<Object> OUT_OF_RANGE_INTS = List.of(2_147_483_648L, -2_147_483_649L,
            new BigInteger("99999999999999999999"), Long.MAX_VALUE, Long.MIN_VALUE);

    private final Random random;
    private final List<String> nodeTypes;
    private final List<Tag> tags;
    private VariableSink sink;
    private int hugeBudget;

    Values(Random random, List<String> nodeTypes, List<Tag> tags, int hugeBudget) {
        this.random = random;
        this.nodeTypes = nodeTypes;
        this.tags = tags;
        this.hugeBudget = hugeBudget;
    }

    /** Where literals may place variables; null for none (default values take no variables). */
    void sink(VariableSink sink) {
        this.sink = sink;
    }

    /** Whether a value of this type can be made invalid for certain (custom scalars of unknown rules cannot). */
    static boolean canBeInvalid(GraphQLInputType type) {
        if (type instanceof GraphQLNonNull) {
            return true;
        }
        if (type instanceof GraphQLList list) {
            return canBeInvalid((GraphQLInputType) list.getWrappedType())
                    || GraphQLTypeUtil.isNonNull(list.getWrappedType());
        }
        if (type instanceof GraphQLScalarType scalar) {
            return known(scalar.getName());
        }
        return true;
    }

    private static boolean known(String scalar) {
        return List.of("Int", "Float", "String", "Boolean", "ID", "Date", "DateTime").contains(scalar);
    }

    Gen of(GraphQLInputType type, Channel channel, Want want) {
        return of(type, channel, want, true);
    }

    private Gen of(GraphQLInputType type, Channel channel, Want want, boolean variableAllowed) {
        boolean nullable = !(type instanceof GraphQLNonNull);
        GraphQLInputType inner = nullable ? type : (GraphQLInputType) ((GraphQLNonNull) type).getWrappedType();
        if (!nullable && (want == Want.INVALID && (random.nextInt(5) == 0 || !canBeInvalid(inner))
                || want == Want.MIXED && random.nextInt(40) == 0)) {
            return note(Validity.INVALID, "null for non-null", GraphQLTypeUtil.simplePrint(type), null);
        }
        if (variableAllowed && channel == Channel.LITERAL && sink != null && want != Want.INVALID
                && random.nextInt(10) == 0) {
            Gen value = of(type, Channel.VARIABLE, want);
            // the variable's own validity is the request's, not the literal's
            return new Gen(new VariableRef(sink.declare(type, value)), Validity.CLEAN);
        }
        if (nullable && want != Want.INVALID && random.nextInt(15) == 0) {
            return new Gen(null, Validity.CLEAN);
        }
        if (inner instanceof GraphQLList list) {
            return list(list, channel, want);
        }
        if (inner instanceof GraphQLInputObjectType object) {
            return object(object, channel, want);
        }
        Validity leaf = leaf(want);
        if (inner instanceof GraphQLEnumType enumType) {
            return enumeration(enumType, channel, leaf);
        }
        return scalar((GraphQLScalarType) inner, channel, leaf);
    }

    private Validity leaf(Want want) {
        if (want == Want.CLEAN) {
            return Validity.CLEAN;
        }
        if (want == Want.INVALID) {
            return Validity.INVALID;
        }
        int roll = random.nextInt(100);
        return roll < 76 ? Validity.CLEAN : roll < 93 ? Validity.DUBIOUS : Validity.INVALID;
    }

    private Gen list(GraphQLList type, Channel channel, Want want) {
        GraphQLInputType item = (GraphQLInputType) type.getWrappedType();
        Want itemWant = want == Want.INVALID ? Want.CLEAN : want;
        if (want == Want.INVALID) {
            int strategy = random.nextInt(3);
            if (strategy == 0 && GraphQLTypeUtil.isNonNull(item) || !canBeInvalid(item)) {
                List<Object> items = items(item, channel, Want.CLEAN, random.nextInt(3));
                items.add(random.nextInt(items.size() + 1), null);
                return note(Validity.INVALID, "null item in a list", GraphQLTypeUtil.simplePrint(type), items);
            }
            if (strategy == 1 && !(GraphQLTypeUtil.unwrapNonNull(item) instanceof GraphQLList)
                    && !(GraphQLTypeUtil.unwrapNonNull(item) instanceof GraphQLScalarType scalar
                            && !known(scalar.getName()))) {
                List<Object> inner = items(item, channel, Want.CLEAN, 1 + random.nextInt(2));
                return note(Validity.INVALID, "list of lists", GraphQLTypeUtil.simplePrint(type),
                        new ArrayList<>(List.of(inner)));
            }
            List<Object> items = items(item, channel, Want.CLEAN, random.nextInt(3));
            Gen bad = of(item, channel, Want.INVALID);
            items.add(random.nextInt(items.size() + 1), bad.value());
            return new Gen(items, Validity.INVALID);
        }
        if (random.nextInt(6) == 0) {
            // a single value stands for a list of one, but a variable must have the list type itself; a list or a
            // null generated for the item would read as the whole list, so it stays an item
            Gen single = of(item, channel, itemWant, false);
            return single.value() instanceof List<?> || single.value() == null
                    ? new Gen(new ArrayList<>(Collections.singletonList(single.value())), single.validity())
                    : single;
        }
        int size = want == Want.MIXED && random.nextInt(25) == 0 ? 101 + random.nextInt(200) : random.nextInt(4);
        List<Object> items = new ArrayList<>();
        Validity validity = size > 100 ? Validity.DUBIOUS : Validity.CLEAN;
        if (size > 100) {
            tags.add(new Tag(Validity.DUBIOUS, "list of more than 100 items", GraphQLTypeUtil.simplePrint(type)));
        }
        for (int i = 0; i < size; i++) {
            Gen gen = of(item, channel, size > 100 ? Want.CLEAN : itemWant);
            items.add(gen.value());
            validity = validity.and(gen.validity());
        }
        return new Gen(items, validity);
    }

    private List<Object> items(GraphQLInputType item, Channel channel, Want want, int count) {
        List<Object> items = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            items.add(of(item, channel, want).value());
        }
        return items;
    }

    private Gen object(GraphQLInputObjectType type, Channel channel, Want want) {
        List<GraphQLInputObjectField> fields = type.getFieldDefinitions();
        List<GraphQLInputObjectField> required = fields.stream()
                .filter(f -> GraphQLTypeUtil.isNonNull(f.getType()) && !f.hasSetDefaultValue()).toList();
        String fault = null;
        if (want == Want.INVALID) {
            List<String> faults = new ArrayList<>(List.of("unknown", "unknown", "field", "field", "scalar", "list"));
            if (!required.isEmpty()) {
                faults.add("missing");
            }
            fault = faults.get(random.nextInt(faults.size()));
        } else if (want == Want.MIXED && random.nextInt(30) == 0) {
            fault = required.isEmpty() || random.nextBoolean() ? "unknown" : "missing";
        }
        if ("scalar".equals(fault)) {
            Object scalar = List.of("x", 5, true, 1.5).get(random.nextInt(4));
            return note(Validity.INVALID, "input object given " + kindOf(scalar), type.getName(), scalar);
        }
        if ("list".equals(fault)) {
            Gen clean = object(type, channel, Want.CLEAN);
            return note(Validity.INVALID, "input object given a list", type.getName(),
                    new ArrayList<>(List.of(clean.value())));
        }
        GraphQLInputObjectField missing = "missing".equals(fault)
                ? required.get(random.nextInt(required.size()))
                : null;
        GraphQLInputObjectField wrong = "field".equals(fault) ? pickInvalidable(fields) : null;
        Map<String, Object> values = new LinkedHashMap<>();
        Validity validity = Validity.CLEAN;
        for (GraphQLInputObjectField field : fields) {
            if (field == missing) {
                continue;
            }
            Gen gen;
            if (field == wrong) {
                gen = of(field.getType(), channel, Want.INVALID);
            } else if (required.contains(field) || random.nextInt(100) < 45) {
                gen = of(field.getType(), channel, want == Want.INVALID ? Want.CLEAN : want);
            } else {
                continue;
            }
            values.put(field.getName(), gen.value());
            validity = validity.and(gen.validity());
        }
        if (missing != null) {
            validity = Validity.INVALID;
            tags.add(new Tag(Validity.INVALID, "missing required input field", type.getName() + "."
                    + missing.getName()));
        }
        if ("unknown".equals(fault) || "field".equals(fault) && wrong == null) {
            String name = unknownField(type, channel);
            values.put(name, random.nextBoolean() ? "x" : 1);
            validity = Validity.INVALID;
            tags.add(new Tag(Validity.INVALID, "unknown input field", type.getName() + "." + name));
        }
        return new Gen(values, validity);
    }

    private GraphQLInputObjectField pickInvalidable(List<GraphQLInputObjectField> fields) {
        List<GraphQLInputObjectField> candidates = fields.stream().filter(f -> canBeInvalid(f.getType())).toList();
        return candidates.isEmpty() ? null : candidates.get(random.nextInt(candidates.size()));
    }

    private String unknownField(GraphQLInputObjectType type, Channel channel) {
        List<String> names = new ArrayList<>(List.of("bogus", "shoeSize", "__typename", "id", "nameX"));
        type.getFieldDefinitions().forEach(f -> names.add(f.getName().toUpperCase(Locale.ROOT)));
        if (channel == Channel.VARIABLE) {
            names.addAll(List.of("", "na me", "имя", "a\u0000b", "😀"));
        }
        for (int attempt = 0;; attempt++) {
            String name = names.get(random.nextInt(names.size()));
            if (type.getField(name) == null) {
                return name;
            }
            if (attempt > 20) {
                return "bogus";
            }
        }
    }

    private Gen enumeration(GraphQLEnumType type, Channel channel, Validity leaf) {
        List<String> names = type.getValues().stream().map(GraphQLEnumValueDefinition::getName).toList();
        String name = names.get(random.nextInt(names.size()));
        if (leaf != Validity.INVALID) {
            return new Gen(channel == Channel.LITERAL ? new EnumToken(name) : name, Validity.CLEAN);
        }
        String capitalised = name.charAt(0) + name.substring(1).toLowerCase(Locale.ROOT);
        String unknown = names.contains(capitalised) ? "NO_SUCH_VALUE" : capitalised;
        if (random.nextBoolean()) {
            unknown = "NO_SUCH_VALUE";
        }
        Object value = switch (random.nextInt(6)) {
            case 0, 1 -> channel == Channel.LITERAL ? new EnumToken(unknown) : unknown;
            case 2 -> channel == Channel.LITERAL ? name : 1;
            case 3 -> true;
            case 4 -> new ArrayList<>(List.of(channel == Channel.LITERAL ? new EnumToken(name) : name));
            default -> new LinkedHashMap<>(Map.of("value", name));
        };
        String kind = value instanceof EnumToken || value instanceof String text && !text.equals(name)
                ? "unknown enum value"
                : "enum given " + kindOf(value);
        return note(Validity.INVALID, kind, type.getName() + " " + printable(value), value);
    }

    private Gen scalar(GraphQLScalarType type, Channel channel, Validity leaf) {
        String name = type.getName();
        if (!known(name)) {
            return note(Validity.DUBIOUS, "custom scalar", name, Texts.ordinary(random, 10));
        }
        if (leaf == Validity.INVALID) {
            return wrongScalar(name, channel);
        }
        if (leaf == Validity.DUBIOUS) {
            Gen odd = oddScalar(name, channel);
            if (odd != null) {
                return odd;
            }
        }
        return new Gen(cleanScalar(name), Validity.CLEAN);
    }

    private Object cleanScalar(String name) {
        return switch (name) {
            case "Int" -> random.nextInt(101);
            case "Float" -> random.nextBoolean() ? (Object) random.nextInt(1000) : random.nextInt(8000) / 8.0;
            case "Boolean" -> random.nextBoolean();
            case "ID" -> cleanId();
            case "Date" -> LocalDate.of(1990 + random.nextInt(41), 1 + random.nextInt(12), 1 + random.nextInt(28))
                    .toString();
            case "DateTime" -> LocalDateTime.of(1990 + random.nextInt(41), 1 + random.nextInt(12),
                    1 + random.nextInt(28), random.nextInt(24), random.nextInt(60), random.nextInt(60))
                    .atOffset(ZoneOffset.ofHoursMinutes(random.nextInt(25) - 12, 0)).format(DATE_TIME);
            default -> Texts.ordinary(random, 60);
        };
    }

    /** Well-formed IDs, mostly with small keys, which the sample records have. */
    private String cleanId() {
        int key = random.nextInt(4) == 0 ? 1 + random.nextInt(1_000_000) : 1 + random.nextInt(25);
        return globalId(nodeTypes.get(random.nextInt(nodeTypes.size())) + ":" + key);
    }

    static String globalId(String typeAndKey) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(typeAndKey.getBytes(StandardCharsets.UTF_8));
    }

    /** Valid GraphQL the service may refuse; null when this scalar has no such values. */
    private Gen oddScalar(String name, Channel channel) {
        switch (name) {
            case "Int" -> {
                if (channel == Channel.VARIABLE && random.nextInt(4) == 0) {
                    Object whole = random.nextBoolean() ? (Object) 5.0 : new Json.Raw("1e1");
                    return note(Validity.DUBIOUS, "Int given a whole float", printable(whole), whole);
                }
                Object odd = ODD_INTS.get(random.nextInt(ODD_INTS.size()));
                return note(Validity.DUBIOUS, "Int outside 0..100", printable(odd), odd);
            }
            case "Float" -> {
                Object odd = channel == Channel.VARIABLE && random.nextBoolean() ? new Json.Raw("1e400") : 1e308;
                return note(Validity.DUBIOUS, "Float at the edge", printable(odd), odd);
            }
            case "String" -> {
                return oddString();
            }
            case "ID" -> {
                return malformedId(channel);
            }
            case "Date" -> {
                String odd = ODD_DATES.get(random.nextInt(ODD_DATES.size()));
                return note(Validity.DUBIOUS, "Date out of the ordinary", odd, odd);
            }
            case "DateTime" -> {
                if (random.nextInt(5) == 0) {
                    return note(Validity.DUBIOUS, "DateTime given epoch seconds", "1747391400", 1_747_391_400);
                }
                String odd = ODD_DATE_TIMES.get(random.nextInt(ODD_DATE_TIMES.size()));
                return note(Validity.DUBIOUS, "DateTime out of the ordinary", odd, odd);
            }
            default -> {
                return null;
            }
        }
    }

    private Gen oddString() {
        int pick = random.nextInt(10);
        if (pick < 2 && hugeBudget > 2_000) {
            int length = 2_000 + random.nextInt(hugeBudget - 1_999);
            hugeBudget -= length;
            return note(Validity.DUBIOUS, "huge String", length + " characters", Texts.huge(random, length));
        }
        if (pick < 4) {
            int length = List.of(201, 301, 501, 2_001, 20_001).get(random.nextInt(5));
            if (length < hugeBudget) {
                hugeBudget -= length;
                return note(Validity.DUBIOUS, "String over a field limit", length + " characters",
                        Texts.huge(random, length));
            }
        }
        StringBuilder text = new StringBuilder();
        Tag tag = Texts.odd(random, text);
        tags.add(tag);
        return new Gen(text.toString(), Validity.DUBIOUS);
    }

    private Gen malformedId(Channel channel) {
        String type = nodeTypes.get(random.nextInt(nodeTypes.size()));
        String valid = globalId(type + ":1");
        List<Object> malformed = new ArrayList<>(List.of("not-an-id", "", "0", "-1", globalId(type + ":0"),
                globalId(type + ":-1"), globalId(type + ":abc"), globalId("NoSuchType:1"),
                globalId(type + ":99999999999999999999"), globalId(type + ":" + Long.MAX_VALUE),
                globalId(type + ":000001"), globalId(type + ": 1"), globalId(type + ":1\u0000"),
                globalId(type.toLowerCase(Locale.ROOT) + ":1"), globalId(type), globalId(":1"), valid + "=",
                valid + "==", Base64.getEncoder().encodeToString((type + ":1>>?").getBytes(StandardCharsets.UTF_8)),
                valid.substring(0, valid.length() - 1) + "_", "x".repeat(65), valid + "\u0000", "Ｐａｒｔ",
                valid + " ", "%20" + valid, "../" + valid, "😀"));
        Object id = malformed.get(random.nextInt(malformed.size()));
        if (random.nextInt(8) == 0) {
            id = random.nextBoolean() ? (Object) (1 + random.nextInt(100)) : Long.MAX_VALUE;
            return note(Validity.DUBIOUS, "ID given an int", printable(id), id);
        }
        return note(Validity.DUBIOUS, "malformed ID", printable(id), id);
    }

    private Gen wrongScalar(String name, Channel channel) {
        List<Object> wrong = new ArrayList<>();
        switch (name) {
            case "Int" -> {
                wrong.addAll(OUT_OF_RANGE_INTS);
                wrong.addAll(List.of(1.5, -0.5, "5", "", true));
                if (channel == Channel.LITERAL) {
                    wrong.addAll(List.of(1.0, 1e3, new EnumToken("FIVE")));
                }
            }
            case "Float" -> wrong.addAll(List.of("1.5", "", true, channel == Channel.LITERAL
                    ? new EnumToken("NaN")
                    : "NaN"));
            case "String" -> wrong.addAll(List.of(5, 1.5, true, channel == Channel.LITERAL
                    ? new EnumToken("ABC")
                    : false));
            case "Boolean" -> wrong.addAll(List.of("true", 1, 0, "", channel == Channel.LITERAL
                    ? new EnumToken("TRUE")
                    : "false"));
            case "ID" -> wrong.addAll(List.of(true, 1.5, channel == Channel.LITERAL
                    ? new EnumToken("ABC")
                    : false));
            case "Date" -> {
                wrong.addAll(MALFORMED_DATES);
                wrong.addAll(List.of(20_250_523, true, 1.5));
                if (channel == Channel.LITERAL) {
                    wrong.add(new EnumToken("TODAY"));
                }
            }
            case "DateTime" -> {
                wrong.addAll(MALFORMED_DATE_TIMES);
                wrong.addAll(List.of(true, 1.5));
                if (channel == Channel.LITERAL) {
                    wrong.add(new EnumToken("NOW"));
                }
            }
            default -> throw new IllegalStateException("No invalid value known for scalar " + name);
        }
        int pick = random.nextInt(wrong.size() + 2);
        Object value;
        if (pick == wrong.size()) {
            value = new ArrayList<>(List.of(cleanScalar(name)));
        } else if (pick == wrong.size() + 1) {
            value = new LinkedHashMap<>(Map.of("value", cleanScalar(name)));
        } else {
            value = wrong.get(pick);
        }
        boolean malformedString = value instanceof String && List.of("Date", "DateTime").contains(name);
        String kind = malformedString
                ? "malformed " + name
                : OUT_OF_RANGE_INTS.contains(value) ? "Int out of the 32-bit range" : name + " given " + kindOf(value);
        return note(Validity.INVALID, kind, printable(value), value);
    }

    void tagMissing(String variable, String type) {
        tags.add(new Tag(Validity.INVALID, "missing required variable", "$" + variable + ": " + type));
    }

    private Gen note(Validity validity, String kind, String example, Object value) {
        tags.add(new Tag(validity, kind, example));
        return new Gen(value, validity);
    }

    static String kindOf(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof String) {
            return "a string";
        }
        if (value instanceof EnumToken) {
            return "an enum token";
        }
        if (value instanceof Boolean) {
            return "a boolean";
        }
        if (value instanceof Double || value instanceof Json.Raw) {
            return "a float";
        }
        if (value instanceof Number) {
            return "an int";
        }
        if (value instanceof List) {
            return "a list";
        }
        return "an object";
    }

    /** A short, ASCII-only rendering of a value for tags and reports. */
    static String printable(Object value) {
        String text = value instanceof EnumToken token ? token.name() : Json.write(value);
        return text.length() > 60 ? text.substring(0, 60) + "…" : text;
    }
}
