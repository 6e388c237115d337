package org.talksrecord.readplan;

import static org.talksrecord.readplan.SortKey.Kind.DATE;
import static org.talksrecord.readplan.SortKey.Kind.NUMBER;
import static org.talksrecord.readplan.SortKey.Kind.TEXT;
import static org.talksrecord.readplan.SortKey.Kind.TIMESTAMP;

import java.util.HashMap;
import java.util.Map;

import org.talksrecord.common.NodeType;
import org.talksrecord.readplan.FieldSpec.AnyNode;
import org.talksrecord.readplan.FieldSpec.ById;
import org.talksrecord.readplan.FieldSpec.Connection;
import org.talksrecord.readplan.FieldSpec.LinkedRows;
import org.talksrecord.readplan.FieldSpec.NodeById;
import org.talksrecord.readplan.FieldSpec.NodesByIds;
import org.talksrecord.readplan.FieldSpec.Rows;
import org.talksrecord.readplan.FieldSpec.Search;
import org.talksrecord.readplan.FieldSpec.ToOne;
import org.talksrecord.readplan.FieldSpec.Totals;
import org.talksrecord.readplan.FieldSpec.Value;

/**
 * The one description of what the read schema reads: every object type's table and fields, the lists with their
 * orders and filters, and the relations between tables. The compiler reads nothing else; a schema field missing
 * here stops the service at start ({@link ReadWiring}).
 */
final class Tables {

    static final String QUERY = "Query";

    private static final Relation TAKES_PART = Relation.linked("negotiation_party", "negotiation_id",
            "participant_id", "represents_id");
    private static final Relation INVOLVES = Relation.linked("exchange_side", "exchange_id", "released_by_id",
            "received_by_id").or(Relation.linked("exchange_mediator", "exchange_id", "participant_id"));
    private static final Relation MENTIONS = Relation.linked("statement_mention", "statement_id", "participant_id");

    private static final SortKey NAME = SortKey.ascending("NAME", "name", TEXT, false);
    private static final SortKey STARTS_AT = SortKey.descending("STARTS_AT", "starts_at", TIMESTAMP, true);
    private static final SortKey TITLE = SortKey.ascending("TITLE", "title", TEXT, false);
    private static final SortKey REACHED_ON = SortKey.descending("REACHED_ON", "reached_on", DATE, true);
    private static final SortKey OCCURRED_ON = SortKey.descending("OCCURRED_ON", "occurred_on", DATE, false);
    private static final SortKey SAID_AT = SortKey.descending("SAID_AT", "said_at", TIMESTAMP, false);
    private static final SortKey POSITION = SortKey.ascending("POSITION", "position", NUMBER, false);

    static final ListDef PARTICIPANTS = new ListDef("Participant", "participant", "id", NAME, Map.of("NAME", NAME),
            Map.of("kind", FilterField.equal("kind"),
                    "name", FilterField.containsFolded(row -> row + ".folded_names"),
                    "affiliationId", FilterField.id(NodeType.PARTICIPANT, Relation.column("affiliation_id"))));
    static final ListDef NEGOTIATIONS = new ListDef("Negotiation", "negotiation", "id", STARTS_AT,
            Map.of("STARTS_AT", STARTS_AT, "TITLE", TITLE),
            Map.of("status", FilterField.equal("status"),
                    "format", FilterField.equal("format"),
                    "participantId", FilterField.id(NodeType.PARTICIPANT, TAKES_PART),
                    "from", FilterField.fromDay("starts_at"),
                    "to", FilterField.toDay("starts_at"),
                    "location", FilterField.containsFolded(row -> "fold_text(" + row + ".location)")));
    static final ListDef AGREEMENTS = new ListDef("Agreement", "agreement", "id", REACHED_ON, Map.of(), Map.of());
    static final ListDef EXCHANGES = new ListDef("Exchange", "exchange", "id", OCCURRED_ON,
            Map.of("OCCURRED_ON", OCCURRED_ON),
            Map.of("participantId", FilterField.id(NodeType.PARTICIPANT, INVOLVES),
                    "status", FilterField.equal("status"),
                    "from", FilterField.onOrAfter("occurred_on"),
                    "to", FilterField.onOrBefore("occurred_on"),
                    "negotiationId", FilterField.id(NodeType.NEGOTIATION, Relation.column("negotiation_id")),
                    "agreementId", FilterField.id(NodeType.AGREEMENT, Relation.column("agreement_id"))));
    static final ListDef STATEMENTS = new ListDef("Statement", "statement", "id", SAID_AT, Map.of("SAID_AT", SAID_AT),
            Map.of("speakerId", FilterField.id(NodeType.PARTICIPANT, Relation.column("speaker_id")),
                    "negotiationId", FilterField.id(NodeType.NEGOTIATION, Relation.column("negotiation_id")),
                    "exchangeId", FilterField.id(NodeType.EXCHANGE, Relation.column("exchange_id")),
                    "mentionsId", FilterField.id(NodeType.PARTICIPANT, MENTIONS),
                    "language", FilterField.equal("language"),
                    "from", FilterField.fromDay("said_at"),
                    "to", FilterField.toDay("said_at"),
                    "text", FilterField.words()));
    static final ListDef CHANGES = new ListDef("Change", "change_log", "position", POSITION, Map.of(),
            Map.of("recordTypes", FilterField.anyOf("record_type"),
                    "kinds", FilterField.anyOf("kind"),
                    "recordIds", FilterField.records("record_type", "record_id")));
    /** The tag of the change log's cursors, shared by {@code Query.changes} and {@code Subscription.changes}. */
    static final String CHANGES_TAG = "changes";

    private static final Map<String, Table> TABLES = new HashMap<>();

    static {
        table(QUERY, null, Map.ofEntries(
                Map.entry("node", new NodeById()),
                Map.entry("nodes", new NodesByIds()),
                Map.entry("participant", new ById("Participant")),
                Map.entry("negotiation", new ById("Negotiation")),
                Map.entry("agreement", new ById("Agreement")),
                Map.entry("exchange", new ById("Exchange")),
                Map.entry("statement", new ById("Statement")),
                Map.entry("participants", new Connection(PARTICIPANTS, null, "participants")),
                Map.entry("negotiations", new Connection(NEGOTIATIONS, null, "negotiations")),
                Map.entry("agreements", new Connection(AGREEMENTS, null, "agreements")),
                Map.entry("exchanges", new Connection(EXCHANGES, null, "exchanges")),
                Map.entry("statements", new Connection(STATEMENTS, null, "statements")),
                Map.entry("changes", new Connection(CHANGES, null, CHANGES_TAG)),
                Map.entry("exchangeTotals", new Totals(EXCHANGES)),
                Map.entry("search", new Search())));
        table("Participant", "participant", recorded("Participant", Map.of(
                "name", column("name"),
                "kind", column("kind"),
                "aliases", new Value(row -> Formats.array(row + ".aliases")),
                "title", column("title"),
                "affiliation", new ToOne("Participant", "affiliation_id"),
                "members", new Connection(PARTICIPANTS, Relation.column("affiliation_id"), "Participant.members"),
                "negotiations", new Connection(NEGOTIATIONS, TAKES_PART, "Participant.negotiations"),
                "statements", new Connection(STATEMENTS, Relation.column("speaker_id"), "Participant.statements"),
                "exchanges", new Connection(EXCHANGES, INVOLVES, "Participant.exchanges"))));
        table("Negotiation", "negotiation", recorded("Negotiation", Map.ofEntries(
                Map.entry("title", column("title")),
                Map.entry("format", column("format")),
                Map.entry("status", column("status")),
                Map.entry("location", column("location")),
                Map.entry("startsAt", dateTime("starts_at")),
                Map.entry("endsAt", dateTime("ends_at")),
                Map.entry("summary", column("summary")),
                Map.entry("parties", byPosition("NegotiationParty", "negotiation_id")),
                Map.entry("previousRound", new ToOne("Negotiation", "previous_round_id")),
                Map.entry("nextRounds", new Rows("Negotiation", Relation.column("previous_round_id"),
                        row -> STARTS_AT.direction("ASC").orderBy(row, "id"))),
                Map.entry("agreements", new Rows("Agreement", Relation.column("negotiation_id"),
                        row -> REACHED_ON.orderBy(row, "id"))),
                Map.entry("exchanges", new Connection(EXCHANGES, Relation.column("negotiation_id"),
                        "Negotiation.exchanges")),
                Map.entry("statements", new Connection(STATEMENTS, Relation.column("negotiation_id"),
                        "Negotiation.statements")),
                Map.entry("sources", byPosition("Source", "negotiation_id")))));
        table("NegotiationParty", "negotiation_party", Map.of(
                "participant", new ToOne("Participant", "participant_id"),
                "role", column("role"),
                "represents", new ToOne("Participant", "represents_id")));
        table("Agreement", "agreement", recorded("Agreement", Map.of(
                "title", column("title"),
                "reachedOn", date("reached_on"),
                "negotiation", new ToOne("Negotiation", "negotiation_id"),
                "terms", column("terms"),
                "prisonersPerSide", column("prisoners_per_side"),
                "exchanges", new Rows("Exchange", Relation.column("agreement_id"),
                        row -> OCCURRED_ON.orderBy(row, "id")),
                "releasedPerSide", new Value(Tables::releasedPerSide),
                "sources", byPosition("Source", "agreement_id"))));
        table("Exchange", "exchange", recorded("Exchange", Map.of(
                "occurredOn", date("occurred_on"),
                "location", column("location"),
                "status", column("status"),
                "negotiation", new ToOne("Negotiation", "negotiation_id"),
                "agreement", new ToOne("Agreement", "agreement_id"),
                "mediators", new LinkedRows("Participant", "exchange_mediator", "exchange_id", "participant_id"),
                "sides", byPosition("ExchangeSide", "exchange_id"),
                "totalReleased", new Value(row -> "(select coalesce(sum(s.military + s.civilians), 0)::int4 "
                        + "from exchange_side s where s.exchange_id = " + row + ".id)"),
                "statements", new Connection(STATEMENTS, Relation.column("exchange_id"), "Exchange.statements"),
                "sources", byPosition("Source", "exchange_id"))));
        table("ExchangeSide", "exchange_side", Map.of(
                "releasedBy", new ToOne("Participant", "released_by_id"),
                "receivedBy", new ToOne("Participant", "received_by_id"),
                "military", column("military"),
                "civilians", column("civilians"),
                "total", new Value(row -> "(" + row + ".military + " + row + ".civilians)")));
        table("Statement", "statement", recorded("Statement", Map.of(
                "text", column("text"),
                "language", column("language"),
                "saidAt", dateTime("said_at"),
                "channel", column("channel"),
                "url", column("url"),
                "speaker", new ToOne("Participant", "speaker_id"),
                "negotiation", new ToOne("Negotiation", "negotiation_id"),
                "exchange", new ToOne("Exchange", "exchange_id"),
                "mentions", new LinkedRows("Participant", "statement_mention", "statement_id", "participant_id"),
                "sources", byPosition("Source", "statement_id"))));
        table("Source", "source", Map.of(
                "url", column("url"),
                "title", column("title"),
                "publisher", column("publisher"),
                "publishedOn", date("published_on")));
        table("SearchHit", null, Map.of(
                "score", column("score"),
                "node", new AnyNode("type", "id")));
        table("ExchangeTotals", null, Map.of(
                "exchanges", column("exchanges"),
                "released", column("released"),
                "military", column("military"),
                "civilians", column("civilians"),
                "byParticipant", new Rows("ParticipantTotals", (render, row, parentKey) -> "true",
                        row -> row + ".released desc, " + row + ".participant_id")));
        table("ParticipantTotals", TotalsRead.PER_PARTICIPANT, Map.of(
                "participant", new ToOne("Participant", "participant_id"),
                "released", column("released"),
                "received", column("received")));
        table("Change", "change_log", Map.of(
                "cursor", new Value(row -> Formats.cursor(POSITION.tag(CHANGES_TAG), row + ".position",
                        POSITION.cursorValue(row))),
                "kind", column("kind"),
                "recordType", column("record_type"),
                "recordId", new Value(row -> Formats.idOfRecordType(row + ".record_type", row + ".record_id")),
                "node", new AnyNode("record_type", "record_id"),
                "at", dateTime("at"),
                "by", column("by")));
    }

    private Tables() {
    }

    /** The list whose rows are of {@code type}, for reads of rows by key (subscriptions). */
    static ListDef list(String type) {
        return switch (type) {
            case "Change" -> CHANGES;
            case "Statement" -> STATEMENTS;
            case "Exchange" -> EXCHANGES;
            case "Participant" -> PARTICIPANTS;
            case "Negotiation" -> NEGOTIATIONS;
            case "Agreement" -> AGREEMENTS;
            default -> throw new IllegalArgumentException("No list of " + type);
        };
    }

    /** The table of {@code type}, or null when the read schema has no such object type. */
    static Table table(String type) {
        return TABLES.get(type);
    }

    static Table of(NodeType type) {
        return TABLES.get(type.typeName());
    }

    private static void table(String type, String sqlName, Map<String, FieldSpec> fields) {
        TABLES.put(type, new Table(type, sqlName, fields));
    }

    private static Map<String, FieldSpec> recorded(String type, Map<String, FieldSpec> own) {
        Map<String, FieldSpec> fields = new HashMap<>(own);
        fields.put("id", new Value(row -> Formats.id(type, row + ".id")));
        fields.put("version", column("version"));
        fields.put("createdAt", dateTime("created_at"));
        fields.put("updatedAt", dateTime("updated_at"));
        fields.put("createdBy", column("created_by"));
        fields.put("updatedBy", column("updated_by"));
        return fields;
    }

    private static Value column(String name) {
        return new Value(row -> row + "." + name);
    }

    private static Value dateTime(String name) {
        return new Value(row -> Formats.dateTime(row + "." + name));
    }

    private static Value date(String name) {
        return new Value(row -> Formats.date(row + "." + name));
    }

    private static Rows byPosition(String type, String ownerColumn) {
        return new Rows(type, Relation.column(ownerColumn), row -> row + ".position");
    }

    /** Over the agreement's completed exchanges, the smaller of the sums the participants on each side released. */
    private static String releasedPerSide(String row) {
        return "(select coalesce(min(per.released), 0)::int4 from (select side.pid, sum(side.n) as released "
                + "from exchange x join exchange_side s on s.exchange_id = x.id "
                + "cross join lateral (values (s.released_by_id, s.military + s.civilians), (s.received_by_id, 0)) "
                + "as side(pid, n) where x.agreement_id = " + row + ".id and x.status = 'COMPLETED' "
                + "group by side.pid) per)";
    }
}
