package org.talksrecord.changes;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.talksrecord.support.GraphQL.post;
import static org.talksrecord.support.GraphQL.postAs;
import static org.talksrecord.support.GraphQL.vars;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.talksrecord.support.Tokens;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;

/** Query.changes reads the log oldest first as a connection, with the records as they are now. */
@QuarkusTest
class ChangesQueryTest {

    private static final String EDITOR = Tokens.editor("historian");
    private static final String CHANGES = """
            query($ids: [ID!], $after: String, $first: Int) {
              changes(filter: {recordIds: $ids}, after: $after, first: $first) {
                edges { cursor node { cursor kind recordType recordId by node { ... on Participant { name version } } } }
                pageInfo { hasNextPage endCursor } } }""";

    private static String create(String name) {
        return postAs(EDITOR, "mutation($n: String!) { createParticipant(input: {name: $n, kind: STATE}) { id } }",
                vars("n", name)).statusCode(200).extract().path("data.createParticipant.id");
    }

    @Test
    void theHistoryOfARecordReadsInCommitOrderAndPages() {
        String id = create("Historia " + System.nanoTime());
        postAs(EDITOR,
                "mutation($id: ID!) { updateParticipant(id: $id, input: {name: \"Renamed\", kind: STATE}) { id } }",
                vars("id", id)).statusCode(200).body("errors", nullValue());
        postAs(EDITOR, "mutation($id: ID!) { deleteParticipant(id: $id) }", vars("id", id)).statusCode(200)
                .body("errors", nullValue());
        post(CHANGES, vars("ids", List.of(id)))
                .body("errors", nullValue())
                .body("data.changes.edges.node.kind", contains("CREATED", "UPDATED", "DELETED"))
                .body("data.changes.edges.node.recordType", contains("PARTICIPANT", "PARTICIPANT", "PARTICIPANT"))
                .body("data.changes.edges.node.recordId", contains(id, id, id))
                .body("data.changes.edges.node.by", contains("historian", "historian", "historian"))
                .body("data.changes.edges[0].node.node", nullValue())
                .body("data.changes.pageInfo.hasNextPage", equalTo(false));
        JsonObject first = new JsonObject(post(CHANGES, vars("ids", List.of(id), "first", 1)).extract().asString())
                .getJsonObject("data").getJsonObject("changes");
        String edgeCursor = first.getJsonArray("edges").getJsonObject(0).getString("cursor");
        assertEquals(edgeCursor,
                first.getJsonArray("edges").getJsonObject(0).getJsonObject("node").getString("cursor"));
        assertEquals(edgeCursor, first.getJsonObject("pageInfo").getString("endCursor"));
        post(CHANGES, vars("ids", List.of(id), "after", edgeCursor))
                .body("data.changes.edges.node.kind", contains("UPDATED", "DELETED"));
    }

    @Test
    void aLiveRecordIsShownAsItIsNow() {
        String id = create("Vivid " + System.nanoTime());
        try {
            post(CHANGES, vars("ids", List.of(id)))
                    .body("data.changes.edges[0].node.node.version", equalTo(0))
                    .body("data.changes.edges[0].node.node.name", org.hamcrest.Matchers.startsWith("Vivid"));
        } finally {
            postAs(EDITOR, "mutation($id: ID!) { deleteParticipant(id: $id) }", vars("id", id)).statusCode(200)
                    .body("errors", nullValue());
        }
    }

    @Test
    void aCursorOfAnotherListIsRefused() {
        String cursor = post("{ participants(first: 1) { pageInfo { endCursor } } }").extract()
                .path("data.participants.pageInfo.endCursor");
        post(CHANGES, vars("after", cursor)).body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.field", equalTo("after"));
    }
}
