package org.talksrecord.write;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.talksrecord.support.GraphQL.post;
import static org.talksrecord.support.GraphQL.postAs;
import static org.talksrecord.support.GraphQL.vars;

import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.talksrecord.support.Sample;
import org.talksrecord.support.SampleKeys;
import org.talksrecord.support.Tokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

@QuarkusTest
class MutationsTest {

    @Inject
    SampleKeys keys;

    private static ValidatableResponse edit(String query, JsonObject variables) {
        return postAs(Tokens.editor("editor-1"), query, variables).statusCode(200);
    }

    private static String delete(String mutation, String id) {
        return edit("mutation($id: ID!) { result: " + mutation + "(id: $id) }", vars("id", id))
                .body("errors", nullValue()).extract().path("data.result");
    }

    @Test
    void participantLifecycle() {
        String id = edit("mutation($i: ParticipantInput!) { createParticipant(input: $i) { id name aliases title "
                + "affiliation { name } } }",
                vars("i", vars("name", " Andrii Yermak ", "kind", "PERSON", "aliases",
                        List.of("Андрій Єрмак"), "affiliationId", keys.participant("Ukraine"))))
                .body("errors", nullValue())
                .body("data.createParticipant.name", equalTo("Andrii Yermak"))
                .body("data.createParticipant.affiliation.name", equalTo("Ukraine"))
                .extract().path("data.createParticipant.id");
        post("query($f: ParticipantFilter) { participants(filter: $f) { nodes { id } } }",
                vars("f", vars("name", "єрмак"))).body("data.participants.nodes.id", contains(id));
        edit("mutation($id: ID!, $i: ParticipantInput!) { updateParticipant(id: $id, input: $i) { name aliases "
                + "title affiliation { name } updatedBy } }",
                vars("id", id, "i", vars("name", "Andriy Yermak", "kind", "PERSON", "title", "Head of Office")))
                .body("data.updateParticipant.aliases", hasSize(0))
                .body("data.updateParticipant.title", equalTo("Head of Office"))
                .body("data.updateParticipant.affiliation", nullValue())
                .body("data.updateParticipant.updatedBy", equalTo("editor-1"));
        assertEquals(id, delete("deleteParticipant", id));
        post("query($id: ID!) { participant(id: $id) { id } }", vars("id", id)).body("data.participant", nullValue());
    }

    @Test
    void deletingAReferencedParticipantIsConflictAndKeepsIt() {
        String russia = keys.participant("Russia");
        edit("mutation($id: ID!) { deleteParticipant(id: $id) }", vars("id", russia))
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("CONFLICT"))
                .body("errors[0].message", equalTo("The participant is still referenced by 1 statement mentions, "
                        + "3 negotiation parties, 2 exchange sides, 3 affiliated participants."));
        post("query($id: ID!) { participant(id: $id) { name } }", vars("id", russia))
                .body("data.participant.name", equalTo("Russia"));
    }

    @Test
    void negotiationWithPartiesRoundAndSourcesThenDeletedWithThem() {
        JsonObject input = vars("title", "Third round", "format", "VIDEO_CALL", "status", "PLANNED",
                "startsAt", "2025-07-01T10:00:00Z", "endsAt", "2025-07-01T12:00:00Z",
                "previousRoundId", keys.negotiation(Sample.SECOND_ROUND),
                "parties", new JsonArray().add(vars("participantId", keys.participant("Vladimir Putin"), "role",
                        "DELEGATION", "representsId", keys.participant("Russia"))),
                "sources", new JsonArray().add(vars("url", "https://example.org/third", "publishedOn", "2025-06-30")));
        String id = edit("mutation($i: NegotiationInput!) { createNegotiation(input: $i) { id title startsAt "
                + "previousRound { title } parties { role participant { name } represents { name } } sources { url } } }",
                vars("i", input))
                .body("errors", nullValue())
                .body("data.createNegotiation.previousRound.title", equalTo(Sample.SECOND_ROUND))
                .body("data.createNegotiation.parties[0].represents.name", equalTo("Russia"))
                .body("data.createNegotiation.sources.url", contains("https://example.org/third"))
                .extract().path("data.createNegotiation.id");
        long parties = keys.count("negotiation_party");
        assertEquals(id, delete("deleteNegotiation", id));
        assertEquals(parties - 1, keys.count("negotiation_party"));
    }

    @Test
    void validationNamesTheInputPath() {
        JsonObject bad = vars("title", "Bad", "format", "IN_PERSON", "status", "HELD",
                "startsAt", "2025-07-02T10:00:00Z", "endsAt", "2025-07-01T10:00:00Z");
        edit("mutation($i: NegotiationInput!) { createNegotiation(input: $i) { id } }", vars("i", bad))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.field", equalTo("input.endsAt"));
        JsonObject statement = vars("text", "Hello", "language", "not a tag!", "saidAt", "2025-07-01T10:00:00Z",
                "speakerId", keys.participant("Donald Trump"));
        edit("mutation($i: StatementInput!) { recordStatement(input: $i) { id } }", vars("i", statement))
                .body("errors[0].extensions.field", equalTo("input.language"));
        statement.put("language", "en").put("url", "ftp:/nope");
        edit("mutation($i: StatementInput!) { recordStatement(input: $i) { id } }", vars("i", statement))
                .body("errors[0].extensions.field", equalTo("input.url"));
        statement.remove("url");
        statement.put("text", "x".repeat(20_001));
        edit("mutation($i: StatementInput!) { recordStatement(input: $i) { id } }", vars("i", statement))
                .body("errors[0].extensions.field", equalTo("input.text"));
        statement.put("text", "Hi").put("speakerId", keys.negotiation(Sample.PHONE_CALL));
        edit("mutation($i: StatementInput!) { recordStatement(input: $i) { id } }", vars("i", statement))
                .body("errors[0].extensions.code", equalTo("NOT_FOUND"))
                .body("errors[0].extensions.field", equalTo("input.speakerId"));
    }

    @Test
    void statementLifecycleWithMentions() {
        JsonObject input = vars("text", "Talks will continue.", "language", "en-gb", "saidAt", "2025-07-01T10:00:00Z",
                "channel", "Press conference", "speakerId", keys.participant("Sergei Lavrov"),
                "mentionIds", List.of(keys.participant("Ukraine"), keys.participant("Türkiye")),
                "negotiationId", keys.negotiation(Sample.SECOND_ROUND));
        String id = edit("mutation($i: StatementInput!) { recordStatement(input: $i) { id language mentions { name } "
                + "speaker { name } negotiation { title } createdBy } }", vars("i", input))
                .body("errors", nullValue())
                .body("data.recordStatement.language", equalTo("en-GB"))
                .body("data.recordStatement.negotiation.title", equalTo(Sample.SECOND_ROUND))
                .body("data.recordStatement.mentions.name", contains("Ukraine", "Türkiye"))
                .body("data.recordStatement.createdBy", equalTo("editor-1"))
                .extract().path("data.recordStatement.id");
        input.put("mentionIds", List.of(keys.participant("Russia"))).remove("negotiationId");
        edit("mutation($id: ID!, $i: StatementInput!) { updateStatement(id: $id, input: $i) { mentions { name } "
                + "negotiation { title } } }", vars("id", id, "i", input))
                .body("data.updateStatement.mentions.name", contains("Russia"))
                .body("data.updateStatement.negotiation", nullValue());
        post("query($id: ID!) { statement(id: $id) { negotiation { title } } }", vars("id", id))
                .body("data.statement.negotiation", nullValue());
        assertEquals(id, delete("deleteStatement", id));
    }

    @Test
    void agreementLifecycle() {
        String id = edit("mutation($i: AgreementInput!) { createAgreement(input: $i) { id releasedPerSide "
                + "negotiation { title } } }",
                vars("i", vars("title", "Body exchange", "prisonersPerSide", 6000,
                        "negotiationId", keys.negotiation(Sample.SECOND_ROUND))))
                .body("data.createAgreement.releasedPerSide", equalTo(0))
                .body("data.createAgreement.negotiation.title", equalTo(Sample.SECOND_ROUND))
                .extract().path("data.createAgreement.id");
        edit("mutation($id: ID!, $i: AgreementInput!) { updateAgreement(id: $id, input: $i) { prisonersPerSide } }",
                vars("id", id, "i", vars("title", "Body exchange", "prisonersPerSide", -1)))
                .body("errors[0].extensions.field", equalTo("input.prisonersPerSide"));
        assertEquals(id, delete("deleteAgreement", id));
    }
}
