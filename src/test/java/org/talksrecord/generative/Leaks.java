package org.talksrecord.generative;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Text that betrays the implementation: classes, packages, stack frames, SQL, table and column names. */
final class Leaks {

    /** What leaked, by family, and the text that showed it. */
    record Leak(String family, String text) {
    }

    private static final String CLASSES = "Java class or package name";
    private static final String STACK = "stack trace";
    private static final String GRAPHQL_JAVA = "graphql-java internal representation";
    private static final String SQL = "SQL";
    private static final String SCHEMA = "database table or column name";

    private static final Map<String, String> LITERALS = literals();

    private static final Map<Pattern, String> PATTERNS = patterns();

    private static final Pattern SNAKE_CASE = Pattern.compile("\\b[a-z][a-z0-9]*_[a-z0-9_]+\\b");

    /** Snake-case identifiers of the database schema, read from the migrations when they are at hand. */
    private static final Set<String> SCHEMA_NAMES = schemaNames();

    private Leaks() {
    }

    private static Map<String, String> literals() {
        Map<String, String> literals = new LinkedHashMap<>();
        for (String name : List.of("org.", "java.", "javax.", "jakarta.", "io.vertx", "io.quarkus", "io.smallrye",
                "graphql.", "Exception", "ClientProxy", "_Subclass", "$$Lambda")) {
            literals.put(name, CLASSES);
        }
        literals.put("\tat ", STACK);
        literals.put("Caused by:", STACK);
        literals.put("Unknown Scalar Type", GRAPHQL_JAVA);
        return literals;
    }

    private static Map<Pattern, String> patterns() {
        Map<Pattern, String> patterns = new LinkedHashMap<>();
        patterns.put(Pattern.compile("\\bat [a-z][\\w$]*(\\.[\\w$]+)+\\([\\w$]*\\.java:\\d+\\)"), STACK);
        patterns.put(Pattern.compile("(?i)\\b(hibernate|smallrye)\\b"), CLASSES);
        patterns.put(Pattern.compile("\\b(String|Int|Float|Boolean|Enum|Object|Array|Null)Value\\{"), GRAPHQL_JAVA);
        patterns.put(Pattern.compile("\\b(VariableReference|ObjectField|Argument|Field|SelectionSet)\\{"),
                GRAPHQL_JAVA);
        patterns.put(Pattern.compile("(?i)\\bselect\\b[\\s\\S]{0,200}?\\bfrom\\b"), SQL);
        patterns.put(Pattern.compile(
                "(?i)\\bfrom\\s+\"?[a-z_]+\"?\\s+(where|join|left|inner|order\\s+by|group\\s+by|limit)\\b"), SQL);
        patterns.put(Pattern.compile("(?i)\\b(insert\\s+into|delete\\s+from|update\\s+\\w+\\s+set)\\b"), SQL);
        patterns.put(Pattern.compile("(?i)sql\\s*state|syntax error at or near|violates .{0,80}constraint"
                + "|\\brelation \"|invalid byte sequence for encoding|duplicate key value"), SQL);
        // SQLSTATE codes with a letter in them (42P01, 22P02, 0A000); all-digit ones look like numbers
        patterns.put(Pattern.compile("(?<![\\w-])(?=[0-9A-Z]*[A-Z])[0-9][0-9A-Z]{4}(?![\\w-])"), SQL);
        return patterns;
    }

    /** The first piece of text that gives the implementation away, if any. */
    static Optional<Leak> find(String text) {
        for (Map.Entry<String, String> literal : LITERALS.entrySet()) {
            if (text.contains(literal.getKey())) {
                return Optional.of(new Leak(literal.getValue(), literal.getKey()));
            }
        }
        for (Map.Entry<Pattern, String> pattern : PATTERNS.entrySet()) {
            Matcher matcher = pattern.getKey().matcher(text);
            if (matcher.find()) {
                return Optional.of(new Leak(pattern.getValue(), matcher.group()));
            }
        }
        if (text.indexOf('_') >= 0) {
            Matcher word = SNAKE_CASE.matcher(text);
            while (word.find()) {
                if (SCHEMA_NAMES.contains(word.group())) {
                    return Optional.of(new Leak(SCHEMA, word.group()));
                }
            }
        }
        return Optional.empty();
    }

    /** A generated string never looks like a leak itself, so that an echo of it cannot be mistaken for one. */
    static String harmless(String text) {
        return find(text).isPresent() ? "harmless" : text;
    }

    private static Set<String> schemaNames() {
        Set<String> names = new HashSet<>(List.of("negotiation_party", "exchange_side", "exchange_mediator",
                "statement_mention", "said_at", "occurred_on", "speaker_id", "search_vector", "created_by"));
        Path migrations = Path.of("src", "main", "resources", "db", "migration");
        if (Files.isDirectory(migrations)) {
            try (Stream<Path> files = Files.list(migrations)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".sql")).toList()) {
                    Matcher identifier = SNAKE_CASE.matcher(Files.readString(file));
                    while (identifier.find()) {
                        names.add(identifier.group());
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return Set.copyOf(names);
    }
}
