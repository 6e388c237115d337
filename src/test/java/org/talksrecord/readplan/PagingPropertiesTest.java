package org.talksrecord.readplan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.talksrecord.support.GraphQL.post;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.BiPredicate;
import java.util.function.Function;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.talksrecord.support.PsqlScript;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * Properties every correct answer has, over the bench generator's data at a small scale: walking a list with
 * any filter and order in pages of k gives the same sequence as pages of 100; every node satisfies the filter;
 * the order holds; totalCount counts what was walked; a cursor of one list or order is refused by another.
 */
@QuarkusTest
class PagingPropertiesTest {

    private static final long SEED = Long.getLong("paging.seed", System.nanoTime());
    private static final int WALKS = Integer.getInteger("paging.walks", 40);
    private static final int MAX_ITEMS = 300;

    /** One list with how to read its nodes' sort value, and filters with the check each puts on a node. */
    private record ListCase(String field, String nodeFields, List<Order> orders,
            Function<Random, Filter> filters) {
    }

    private record Order(String field, String direction, Function<JsonObject, Comparable<?>> value) {
    }

    private record Filter(JsonObject input, BiPredicate<JsonObject, JsonObject> holds) {
    }

    private static Random random;
    private static Samples samples;

    @BeforeAll
    static void generate() {
        random = new Random(SEED);
        System.out.println("PagingPropertiesTest seed " + SEED + " (-Dpaging.seed=" + SEED + " repeats it)");
        script("generate.sql", Map.of("scale", "0.01"));
    }

    @AfterAll
    static void drop() {
        script("drop.sql", Map.of());
    }

    private static void script(String name, Map<String, String> variables) {
        Config config = ConfigProvider.getConfig();
        PsqlScript.run(Path.of("bench", name), config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getValue("quarkus.datasource.password", String.class), variables);
    }

    @Test
    void walkingInSmallPagesGivesTheSameSequenceAsLargeOnes() {
        // read through the API, which is reachable only once a test runs
        samples = new Samples();
        List<ListCase> lists = lists();
        for (int walk = 0; walk < WALKS; walk++) {
            ListCase list = lists.get(random.nextInt(lists.size()));
            Order order = list.orders().get(random.nextInt(list.orders().size()));
            Filter filter = random.nextInt(4) == 0 ? null : list.filters().apply(random);
            int k = 1 + random.nextInt(17);
            String context = list.field() + " ordered by " + order.field() + " " + order.direction() + " filtered by "
                    + (filter == null ? "nothing" : filter.input().encode()) + " in pages of " + k + " (seed " + SEED
                    + ")";
            Walk small = walk(list, order, filter, k);
            Walk large = walk(list, order, filter, 100);
            assertEquals(ids(large.nodes()), ids(small.nodes()), context);
            assertEquals(new HashSet<>(ids(small.nodes())).size(), small.nodes().size(), "no repeats: " + context);
            if (small.complete()) {
                assertEquals(small.totalCount(), small.nodes().size(), "totalCount: " + context);
            }
            for (int i = 0; i < small.nodes().size(); i++) {
                JsonObject node = small.nodes().get(i);
                if (filter != null) {
                    assertTrue(filter.holds().test(node, filter.input()), "filter holds for " + node + ": " + context);
                }
                if (i > 0) {
                    assertTrue(inOrder(order, small.nodes().get(i - 1), node),
                            "order holds between " + small.nodes().get(i - 1) + " and " + node + ": " + context);
                }
            }
        }
    }

    @Test
    void aCursorOfAnotherListOrOrderIsRefused() {
        String statements = cursor("{ statements(first: 1) { pageInfo { endCursor } } }", "statements");
        String participants = cursor("{ participants(first: 1) { pageInfo { endCursor } } }", "participants");
        String nested = post(
                "{ participants(first: 50) { nodes { statements(first: 1) { pageInfo { endCursor } } } } }")
                .extract().jsonPath().getList("data.participants.nodes.statements.pageInfo.endCursor", String.class)
                .stream().filter(c -> c != null).findFirst().orElseThrow();
        refused("query($c: String) { statements(after: $c, orderBy: {field: SAID_AT, direction: ASC}) { totalCount } }",
                statements);
        refused("query($c: String) { negotiations(after: $c) { totalCount } }", participants);
        refused("query($c: String) { statements(after: $c) { totalCount } }", nested);
        refused("query($c: String) { changes(after: $c) { pageInfo { hasNextPage } } }", statements);
    }

    private static String cursor(String query, String field) {
        return post(query).extract().path("data." + field + ".pageInfo.endCursor");
    }

    private static void refused(String query, String cursor) {
        post(query, new JsonObject().put("c", cursor))
                .body("errors[0].extensions.code", org.hamcrest.Matchers.equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.field", org.hamcrest.Matchers.equalTo("after"));
    }

    private record Walk(List<JsonObject> nodes, int totalCount, boolean complete) {
    }

    private static Walk walk(ListCase list, Order order, Filter filter, int k) {
        List<JsonObject> nodes = new ArrayList<>();
        String after = null;
        int total = -1;
        while (nodes.size() < MAX_ITEMS) {
            boolean filtered = filterType(list) != null;
            String query = "query($after: String" + (filtered ? ", $filter: " + filterType(list) : "")
                    + ") { list: " + list.field() + "(first: " + k + ", after: $after"
                    + (filtered ? ", filter: $filter" : "")
                    + (order.field() == null
                            ? ""
                            : ", orderBy: {field: " + order.field() + ", direction: "
                                    + order.direction() + "}")
                    + ") { totalCount edges { cursor node { " + list.nodeFields() + " } } "
                    + "pageInfo { hasNextPage endCursor } } }";
            JsonObject variables = new JsonObject().put("after", after);
            if (filter != null) {
                variables.put("filter", filter.input());
            }
            JsonObject answer = new JsonObject(post(query, variables).extract().asString());
            assertFalse(answer.containsKey("errors"), answer.encode());
            JsonObject page = answer.getJsonObject("data").getJsonObject("list");
            total = page.getInteger("totalCount");
            JsonArray edges = page.getJsonArray("edges");
            edges.forEach(edge -> nodes.add(((JsonObject) edge).getJsonObject("node")));
            JsonObject info = page.getJsonObject("pageInfo");
            if (!info.getBoolean("hasNextPage")) {
                return new Walk(nodes, total, true);
            }
            after = info.getString("endCursor");
            assertEquals(((JsonObject) edges.getValue(edges.size() - 1)).getString("cursor"), after);
        }
        return new Walk(nodes.subList(0, MAX_ITEMS), total, false);
    }

    private static String filterType(ListCase list) {
        return switch (list.field()) {
            case "participants" -> "ParticipantFilter";
            case "negotiations" -> "NegotiationFilter";
            case "statements" -> "StatementFilter";
            case "exchanges" -> "ExchangeFilter";
            default -> null;
        };
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static boolean inOrder(Order order, JsonObject before, JsonObject after) {
        Comparable a = order.value().apply(before);
        Comparable b = order.value().apply(after);
        int byValue;
        if (a == null || b == null) {
            byValue = a == null && b == null ? 0 : a == null ? 1 : -1;
        } else {
            byValue = order.direction().equals("DESC") ? b.compareTo(a) : a.compareTo(b);
        }
        if (byValue != 0) {
            return byValue < 0;
        }
        long keyBefore = key(before.getString("id"));
        long keyAfter = key(after.getString("id"));
        return order.direction().equals("DESC") ? keyAfter < keyBefore : keyBefore < keyAfter;
    }

    private static long key(String id) {
        String decoded = new String(Base64.getUrlDecoder().decode(id), StandardCharsets.UTF_8);
        return Long.parseLong(decoded.substring(decoded.indexOf(':') + 1));
    }

    private static List<String> ids(List<JsonObject> nodes) {
        return nodes.stream().map(node -> node.getString("id")).toList();
    }

    private static String folded(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }

    private static LocalDate day(String dateTime) {
        return OffsetDateTime.parse(dateTime).atZoneSameInstant(ZoneOffset.UTC).toLocalDate();
    }

    private static String id(JsonObject node, String link) {
        JsonObject linked = node.getJsonObject(link);
        return linked == null ? null : linked.getString("id");
    }

    private static List<ListCase> lists() {
        return List.of(
                new ListCase("participants", "id name kind aliases affiliation { id }",
                        List.of(new Order("NAME", "ASC", node -> node.getString("name")),
                                new Order("NAME", "DESC", node -> node.getString("name"))),
                        r -> switch (r.nextInt(3)) {
                            case 0 -> filter("kind", samples.pick(r, List.of("STATE", "ORGANIZATION", "PERSON")),
                                    (node, input) -> node.getString("kind").equals(input.getString("kind")));
                            case 1 -> filter("name", samples.namePart(r), (node, input) -> {
                                // the name and its aliases are matched as one text, as the service folds them
                                List<String> names = new ArrayList<>(List.of(node.getString("name")));
                                node.getJsonArray("aliases").forEach(alias -> names.add((String) alias));
                                return folded(String.join(" ", names)).contains(folded(input.getString("name")));
                            });
                            default -> filter("affiliationId", samples.pick(r, samples.states),
                                    (node, input) -> input.getString("affiliationId").equals(id(node, "affiliation")));
                        }),
                new ListCase("negotiations", "id title startsAt status format location "
                        + "parties { participant { id } represents { id } }",
                        List.of(new Order("STARTS_AT", "DESC", node -> node.getString("startsAt") == null
                                ? null
                                : OffsetDateTime.parse(node.getString("startsAt"))),
                                new Order("STARTS_AT", "ASC", node -> node.getString("startsAt") == null
                                        ? null
                                        : OffsetDateTime.parse(node.getString("startsAt"))),
                                new Order("TITLE", "ASC", node -> node.getString("title")),
                                new Order("TITLE", "DESC", node -> node.getString("title"))),
                        r -> switch (r.nextInt(4)) {
                            case 0 -> filter("status", samples.pick(r, List.of("PLANNED", "HELD", "CANCELLED")),
                                    (node, input) -> node.getString("status").equals(input.getString("status")));
                            case 1 -> filter("participantId", samples.pick(r, samples.participants),
                                    (node, input) -> node.getJsonArray("parties").stream().map(JsonObject.class::cast)
                                            .anyMatch(party -> input.getString("participantId").equals(
                                                    id(party, "participant"))
                                                    || input.getString("participantId").equals(id(party,
                                                            "represents"))));
                            case 2 -> dateRange(r, "startsAt");
                            default -> filter("format", samples.pick(r, List.of("IN_PERSON", "PHONE_CALL",
                                    "VIDEO_CALL")),
                                    (node, input) -> node.getString("format").equals(input.getString("format")));
                        }),
                new ListCase("statements", "id text language saidAt speaker { id } negotiation { id } "
                        + "mentions { id }",
                        List.of(new Order("SAID_AT", "DESC", node -> OffsetDateTime.parse(node.getString("saidAt"))),
                                new Order("SAID_AT", "ASC", node -> OffsetDateTime.parse(node.getString("saidAt")))),
                        r -> switch (r.nextInt(5)) {
                            case 0 -> filter("speakerId", samples.pick(r, samples.participants),
                                    (node, input) -> input.getString("speakerId").equals(id(node, "speaker")));
                            case 1 -> filter("mentionsId", samples.pick(r, samples.participants),
                                    (node, input) -> node.getJsonArray("mentions").stream()
                                            .anyMatch(m -> input.getString("mentionsId").equals(
                                                    ((JsonObject) m).getString("id"))));
                            case 2 -> filter("text", samples.word(r), (node, input) -> List.of(
                                    folded(node.getString("text")).split("[^\\p{L}\\p{N}]+"))
                                    .contains(folded(input.getString("text"))));
                            case 3 -> dateRange(r, "saidAt");
                            default -> filter("negotiationId", samples.pick(r, samples.negotiations),
                                    (node, input) -> input.getString("negotiationId").equals(id(node, "negotiation")));
                        }),
                new ListCase("exchanges", "id occurredOn status sides { releasedBy { id } receivedBy { id } } "
                        + "mediators { id } agreement { id }",
                        List.of(new Order("OCCURRED_ON", "DESC", node -> LocalDate.parse(node.getString("occurredOn"))),
                                new Order("OCCURRED_ON", "ASC", node -> LocalDate.parse(node.getString("occurredOn")))),
                        r -> switch (r.nextInt(3)) {
                            case 0 -> filter("status", samples.pick(r, List.of("PLANNED", "COMPLETED")),
                                    (node, input) -> node.getString("status").equals(input.getString("status")));
                            case 1 -> filter("participantId", samples.pick(r, samples.participants), (node, input) -> {
                                String participant = input.getString("participantId");
                                return node.getJsonArray("sides").stream().map(JsonObject.class::cast)
                                        .anyMatch(side -> participant.equals(id(side, "releasedBy"))
                                                || participant.equals(id(side, "receivedBy")))
                                        || node.getJsonArray("mediators").stream()
                                                .anyMatch(m -> participant.equals(((JsonObject) m).getString("id")));
                            });
                            default -> {
                                LocalDate from = LocalDate.of(2022, 1, 1).plusDays(r.nextInt(1000));
                                LocalDate to = from.plusDays(r.nextInt(400));
                                yield new Filter(new JsonObject().put("from", from.toString()).put("to", to.toString()),
                                        (node, input) -> {
                                            LocalDate on = LocalDate.parse(node.getString("occurredOn"));
                                            return !on.isBefore(from) && !on.isAfter(to);
                                        });
                            }
                        }),
                new ListCase("agreements", "id reachedOn",
                        List.of(new Order(null, "DESC", node -> node.getString("reachedOn") == null
                                ? null
                                : LocalDate.parse(node.getString("reachedOn")))),
                        r -> null));
    }

    private static Filter filter(String field, String value, BiPredicate<JsonObject, JsonObject> holds) {
        return new Filter(new JsonObject().put(field, value), holds);
    }

    private static Filter dateRange(Random r, String field) {
        LocalDate from = LocalDate.of(2022, 1, 1).plusDays(r.nextInt(1000));
        LocalDate to = from.plusDays(r.nextInt(400));
        return new Filter(new JsonObject().put("from", from.toString()).put("to", to.toString()), (node, input) -> {
            if (node.getString(field) == null) {
                return false;
            }
            LocalDate on = day(node.getString(field));
            return !on.isBefore(from) && !on.isAfter(to);
        });
    }

    /** Values to filter by, read from the generated data through the API itself. */
    private static final class Samples {

        final List<String> participants = new ArrayList<>();
        final List<String> states = new ArrayList<>();
        final List<String> negotiations = new ArrayList<>();
        final List<String> names = new ArrayList<>();
        final List<String> words = new ArrayList<>();

        Samples() {
            JsonObject data = new JsonObject(post("""
                    { participants(first: 100) { nodes { id name kind } }
                      negotiations(first: 100) { nodes { id } }
                      statements(first: 100) { nodes { text } } }""").extract().asString()).getJsonObject("data");
            data.getJsonObject("participants").getJsonArray("nodes").forEach(value -> {
                JsonObject node = (JsonObject) value;
                participants.add(node.getString("id"));
                names.add(node.getString("name"));
                if (node.getString("kind").equals("STATE")) {
                    states.add(node.getString("id"));
                }
            });
            data.getJsonObject("negotiations").getJsonArray("nodes")
                    .forEach(value -> negotiations.add(((JsonObject) value).getString("id")));
            data.getJsonObject("statements").getJsonArray("nodes").forEach(value -> {
                for (String word : ((JsonObject) value).getString("text").split("[^\\p{L}]+")) {
                    if (word.length() >= 5) {
                        words.add(word);
                    }
                }
            });
        }

        String pick(Random r, List<String> values) {
            return values.get(r.nextInt(values.size()));
        }

        String namePart(Random r) {
            String name = pick(r, names);
            int start = r.nextInt(Math.max(1, name.length() - 3));
            return name.substring(start, Math.min(name.length(), start + 3 + r.nextInt(4)));
        }

        String word(Random r) {
            return pick(r, words);
        }
    }
}
