package org.talksrecord.readplan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.talksrecord.support.ContractSchema;

import io.vertx.core.json.JsonObject;

import graphql.ParseAndValidate;
import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.Parser;

/**
 * The SQL each document of {@code src/test/resources/readplan/snapshots} compiles to, compared with the
 * statement kept next to it: a change to the compiler shows as a reviewed change of these files. Run with
 * {@code -Dsnapshots.update=true} to rewrite them. No server: the schema is the contract's.
 */
class CompiledSqlSnapshotTest {

    private static final Path SNAPSHOTS = Path.of("src", "test", "resources", "readplan", "snapshots");
    private static final String VARIABLES = "# variables: ";

    static Stream<String> documents() throws IOException {
        try (Stream<Path> files = Files.list(SNAPSHOTS)) {
            return files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".graphql"))
                    .map(name -> name.substring(0, name.length() - ".graphql".length())).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("documents")
    void compilesToTheKeptStatement(String name) throws IOException {
        String text = Files.readString(SNAPSHOTS.resolve(name + ".graphql"), StandardCharsets.UTF_8);
        Map<String, Object> variables = text.startsWith(VARIABLES)
                ? new JsonObject(text.lines().findFirst().orElseThrow().substring(VARIABLES.length())).getMap()
                : Map.of();
        Document document = new Parser().parseDocument(text);
        assertEquals(List.of(), ParseAndValidate.validate(ContractSchema.get(), document), name);
        OperationDefinition operation = document.getDefinitionsOfType(OperationDefinition.class).get(0);
        ReadPlan plan = new ReadPlan(new Compiler(ContractSchema.get(), ReadPlans.fragments(document), variables,
                false).object(ContractSchema.get().getQueryType(), List.of(operation.getSelectionSet())));
        ReadPlan.Statement statement = plan.statement(variables);
        String actual = readable(statement.sql()) + "\n-- parameters: " + statement.params().stream()
                .map(value -> value instanceof Object[] array ? Arrays.toString(array) : String.valueOf(value))
                .toList() + "\n";
        Path expected = SNAPSHOTS.resolve(name + ".sql");
        if (Boolean.getBoolean("snapshots.update") || !Files.exists(expected)) {
            Files.writeString(expected, actual, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(expected, StandardCharsets.UTF_8), actual, name);
    }

    /** One clause a line, so that a change to the statement shows as a change to a few lines. */
    private static String readable(String sql) {
        return sql.replace(" from ", "\n  from ").replace(" where ", "\n  where ")
                .replace(" left join ", "\n  left join ")
                .replace(" order by ", "\n  order by ");
    }
}
