package org.talksrecord.write;

import static org.talksrecord.support.GraphQL.postAs;
import static org.talksrecord.support.GraphQL.vars;

import java.util.List;
import java.util.Map;

import org.talksrecord.common.NodeType;
import org.talksrecord.support.Tokens;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/** Creates, replaces and deletes records of every type through the API, as one editor. */
public final class Records {

    private record Names(String create, String update, String delete, String input) {
    }

    private static final Map<NodeType, Names> NAMES = Map.of(
            NodeType.PARTICIPANT, new Names("createParticipant", "updateParticipant", "deleteParticipant",
                    "ParticipantInput"),
            NodeType.NEGOTIATION, new Names("createNegotiation", "updateNegotiation", "deleteNegotiation",
                    "NegotiationInput"),
            NodeType.AGREEMENT, new Names("createAgreement", "updateAgreement", "deleteAgreement", "AgreementInput"),
            NodeType.EXCHANGE, new Names("recordExchange", "updateExchange", "deleteExchange", "ExchangeInput"),
            NodeType.STATEMENT, new Names("recordStatement", "updateStatement", "deleteStatement", "StatementInput"));

    private final String token;
    private final String first;
    private final String second;

    /** {@code first} and {@code second} are participants the inputs refer to (speaker, sides, parties). */
    public Records(String editor, String first, String second) {
        this.token = Tokens.editor(editor);
        this.first = first;
        this.second = second;
    }

    /** The smallest valid input of a type. */
    public JsonObject input(NodeType type, String label) {
        return switch (type) {
            case PARTICIPANT -> vars("name", label, "kind", "PERSON");
            case NEGOTIATION -> vars("title", label, "format", "IN_PERSON", "status", "PLANNED");
            case AGREEMENT -> vars("title", label);
            case EXCHANGE -> vars("occurredOn", "2025-06-01", "location", label, "status", "PLANNED", "sides",
                    new JsonArray().add(side(1)));
            case STATEMENT -> vars("text", label, "saidAt", "2025-06-01T10:00:00Z", "speakerId", first);
        };
    }

    /** The same input with other children only: aliases, parties, sources, sides or mentions. */
    public JsonObject withOtherChildren(NodeType type, JsonObject input) {
        JsonObject changed = input.copy();
        return switch (type) {
            case PARTICIPANT -> changed.put("aliases", new JsonArray().add("Alias " + System.nanoTime()));
            case NEGOTIATION -> changed.put("parties",
                    new JsonArray().add(vars("participantId", first, "role", "DELEGATION")));
            case AGREEMENT -> changed.put("sources",
                    new JsonArray().add(vars("url", "https://example.org/" + System.nanoTime())));
            case EXCHANGE -> changed.put("sides", new JsonArray().add(side((int) (System.nanoTime() % 1000) + 2)));
            case STATEMENT -> changed.put("mentionIds", List.of(second));
        };
    }

    private JsonObject side(int military) {
        return vars("releasedById", first, "receivedById", second, "military", military, "civilians", 0);
    }

    /** The whole response; the record is at {@code data.result} with its {@code id} and {@code version}. */
    public JsonObject create(NodeType type, JsonObject input) {
        Names names = NAMES.get(type);
        return send("mutation($i: " + names.input() + "!) { result: " + names.create() + "(input: $i) { id version } }",
                vars("i", input));
    }

    public JsonObject update(NodeType type, String id, JsonObject input, Integer expectedVersion) {
        Names names = NAMES.get(type);
        return send("mutation($id: ID!, $i: " + names.input() + "!, $v: Int) { result: " + names.update()
                + "(id: $id, input: $i, expectedVersion: $v) { id version } }",
                vars("id", id, "i", input, "v", expectedVersion));
    }

    public JsonObject delete(NodeType type, String id, Integer expectedVersion) {
        return send("mutation($id: ID!, $v: Int) { result: " + NAMES.get(type).delete()
                + "(id: $id, expectedVersion: $v) }", vars("id", id, "v", expectedVersion));
    }

    /** The ID of a record created from the smallest input. */
    public String created(NodeType type, String label) {
        JsonObject response = create(type, input(type, label));
        if (response.containsKey("errors")) {
            throw new AssertionError("Creating a " + type + " failed: " + response.encode());
        }
        return response.getJsonObject("data").getJsonObject("result").getString("id");
    }

    public JsonObject send(String document, JsonObject variables) {
        return new JsonObject(postAs(token, document, variables).statusCode(200).extract().asString());
    }

    /** The field the label of {@link #input} goes to. */
    public static String labelField(NodeType type) {
        return switch (type) {
            case PARTICIPANT -> "name";
            case NEGOTIATION, AGREEMENT -> "title";
            case EXCHANGE -> "location";
            case STATEMENT -> "text";
        };
    }

    /** The record type's name as GraphQL spells it in queries, e.g. {@code participant}. */
    public static String lookup(NodeType type) {
        return type.name().toLowerCase();
    }
}
