package org.talksrecord.readplan;

import static org.talksrecord.readplan.FieldSql.array;
import static org.talksrecord.readplan.FieldSql.column;
import static org.talksrecord.readplan.FieldSql.date;
import static org.talksrecord.readplan.FieldSql.dateTime;
import static org.talksrecord.readplan.FieldSql.id;

import java.util.HashMap;
import java.util.Map;

import org.talksrecord.readplan.FieldSql.ById;
import org.talksrecord.readplan.FieldSql.Link;
import org.talksrecord.readplan.FieldSql.Page;
import org.talksrecord.readplan.FieldSql.Rows;
import org.talksrecord.readplan.FieldSql.Value;

/**
 * The part of the schema compiled plans can read: each object type's table and fields, with the same orders
 * and page rules as the resolvers. A field missing here sends its document to the resolvers.
 */
final class ReadModel {

    record Table(String name, Map<String, FieldSql> fields) {
    }

    static final String QUERY = "Query";

    private static final String STATEMENTS_ORDER = "{x}.said_at desc, {x}.id desc";
    private static final String EXCHANGES_ORDER = "{x}.occurred_on desc, {x}.id desc";
    private static final String NEGOTIATIONS_ORDER = "{x}.starts_at desc nulls last, {x}.id desc";
    private static final String AGREEMENTS_ORDER = "{x}.reached_on desc nulls last, {x}.id desc";

    private static final Map<String, Table> TABLES = new HashMap<>();

    static {
        TABLES.put(QUERY, new Table(null, Map.of(
                "negotiation", new ById("Negotiation"),
                "participant", new ById("Participant"),
                "statement", new ById("Statement"),
                "exchange", new ById("Exchange"),
                "agreement", new ById("Agreement"),
                "negotiations", new Page("Negotiation", "true", NEGOTIATIONS_ORDER),
                "participants", new Page("Participant", "true", "{x}.name asc, {x}.id asc"),
                "statements", new Page("Statement", "true", STATEMENTS_ORDER),
                "exchanges", new Page("Exchange", "true", EXCHANGES_ORDER),
                "agreements", new Page("Agreement", "true", AGREEMENTS_ORDER))));
        Map<String, FieldSql> negotiation = recorded("Negotiation");
        negotiation.putAll(Map.of(
                "title", column("title"),
                "format", column("format"),
                "status", column("status"),
                "location", column("location"),
                "startsAt", dateTime("starts_at"),
                "endsAt", dateTime("ends_at"),
                "summary", column("summary"),
                "previousRound", new Link("Negotiation", "previous_round_id"),
                "parties", new Rows("NegotiationParty", "negotiation_id", "{x}.position")));
        negotiation.putAll(Map.of(
                "nextRounds", new Rows("Negotiation", "previous_round_id", "{x}.starts_at nulls last, {x}.id"),
                "agreements", new Rows("Agreement", "negotiation_id", AGREEMENTS_ORDER),
                "statements", new Page("Statement", "{x}.negotiation_id = {p}.id", STATEMENTS_ORDER),
                "exchanges", new Page("Exchange", "{x}.negotiation_id = {p}.id", EXCHANGES_ORDER)));
        TABLES.put("Negotiation", new Table("negotiation", negotiation));
        TABLES.put("NegotiationParty", new Table("negotiation_party", Map.of(
                "role", column("role"),
                "participant", new Link("Participant", "participant_id"),
                "represents", new Link("Participant", "represents_id"))));
        Map<String, FieldSql> participant = recorded("Participant");
        participant.putAll(Map.of(
                "name", column("name"),
                "kind", column("kind"),
                "aliases", array("aliases"),
                "title", column("title"),
                "affiliation", new Link("Participant", "affiliation_id"),
                "statements", new Page("Statement", "{x}.speaker_id = {p}.id", STATEMENTS_ORDER)));
        TABLES.put("Participant", new Table("participant", participant));
        Map<String, FieldSql> statement = recorded("Statement");
        statement.putAll(Map.of(
                "text", column("text"),
                "language", column("language"),
                "saidAt", dateTime("said_at"),
                "channel", column("channel"),
                "url", column("url"),
                "speaker", new Link("Participant", "speaker_id"),
                "negotiation", new Link("Negotiation", "negotiation_id"),
                "exchange", new Link("Exchange", "exchange_id")));
        TABLES.put("Statement", new Table("statement", statement));
        Map<String, FieldSql> exchange = recorded("Exchange");
        exchange.putAll(Map.of(
                "occurredOn", date("occurred_on"),
                "location", column("location"),
                "status", column("status"),
                "negotiation", new Link("Negotiation", "negotiation_id"),
                "agreement", new Link("Agreement", "agreement_id"),
                "sides", new Rows("ExchangeSide", "exchange_id", "{x}.position"),
                "totalReleased", new Value(row -> "(select coalesce(sum(s.military + s.civilians), 0)::int4 "
                        + "from exchange_side s where s.exchange_id = " + row + ".id)"),
                "statements", new Page("Statement", "{x}.exchange_id = {p}.id", STATEMENTS_ORDER)));
        TABLES.put("Exchange", new Table("exchange", exchange));
        TABLES.put("ExchangeSide", new Table("exchange_side", Map.of(
                "releasedBy", new Link("Participant", "released_by_id"),
                "receivedBy", new Link("Participant", "received_by_id"),
                "military", column("military"),
                "civilians", column("civilians"),
                "total", new Value(row -> "(" + row + ".military + " + row + ".civilians)"))));
        Map<String, FieldSql> agreement = recorded("Agreement");
        agreement.putAll(Map.of(
                "title", column("title"),
                "reachedOn", date("reached_on"),
                "terms", column("terms"),
                "prisonersPerSide", column("prisoners_per_side"),
                "negotiation", new Link("Negotiation", "negotiation_id"),
                "exchanges", new Rows("Exchange", "agreement_id", EXCHANGES_ORDER)));
        TABLES.put("Agreement", new Table("agreement", agreement));
    }

    private ReadModel() {
    }

    /** The table of {@code type}, or null when plans cannot read it. */
    static Table table(String type) {
        return TABLES.get(type);
    }

    private static Map<String, FieldSql> recorded(String type) {
        Map<String, FieldSql> fields = new HashMap<>();
        fields.put("id", id(type));
        fields.put("createdAt", dateTime("created_at"));
        fields.put("updatedAt", dateTime("updated_at"));
        fields.put("createdBy", column("created_by"));
        fields.put("updatedBy", column("updated_by"));
        return fields;
    }
}
