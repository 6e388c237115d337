package org.talksrecord.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.talksrecord.support.GraphQL.post;
import static org.talksrecord.support.GraphQL.postAs;
import static org.talksrecord.support.GraphQL.vars;

import org.junit.jupiter.api.Test;
import org.talksrecord.support.Sample;
import org.talksrecord.support.Tokens;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.http.ContentType;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/** The API end to end against the packaged artifact (JAR, or native executable with -Dnative). */
@QuarkusIntegrationTest
class PackagedApiIT {

    private static String participantId(String name) {
        return post("query($f: ParticipantFilter) { participants(filter: $f) { nodes { id name } } }",
                vars("f", vars("name", name))).extract()
                .path("data.participants.nodes.find { it.name == '" + name + "' }.id");
    }

    @Test
    void readsTheSampleFactsThroughListsLinksAndSearch() {
        post("""
                { exchanges(first: 5) { totalCount nodes { occurredOn totalReleased
                    sides { releasedBy { name } military civilians total }
                    agreement { title releasedPerSide } negotiation { title parties { participant { name } } } } }
                  search(text: "Зеленський") { score node { ... on Participant { name } } } }""")
                .body("errors", nullValue())
                .body("data.exchanges.nodes[0].occurredOn", equalTo("2025-05-23"))
                .body("data.exchanges.nodes[0].totalReleased", equalTo(780))
                .body("data.exchanges.nodes[0].sides.total", everyItem(equalTo(390)))
                .body("data.exchanges.nodes[0].agreement.releasedPerSide", equalTo(390))
                .body("data.exchanges.nodes[0].negotiation.title", equalTo(Sample.ISTANBUL_TALKS))
                .body("data.search[0].node.name", equalTo("Volodymyr Zelensky"));
        String russia = participantId("Russia");
        post("query($id: ID!) { node(id: $id) { __typename ... on Participant { members { nodes { name } } } } }",
                vars("id", russia))
                .body("data.node.__typename", equalTo("Participant"))
                .body("data.node.members.nodes.name", hasItem("Sergei Lavrov"));
    }

    @Test
    void writesNeedAnEditorTokenAndAreValidated() {
        String create = "mutation($i: ExchangeInput!) { recordExchange(input: $i) { id totalReleased createdBy } }";
        JsonArray sides = new JsonArray().add(vars("releasedById", participantId("Russia"), "receivedById",
                participantId("Ukraine"), "military", 3, "civilians", 2));
        post(create, vars("i", vars("occurredOn", "2025-06-20", "status", "PLANNED", "sides", sides)))
                .body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"));
        postAs(Tokens.reader(), create, vars("i", vars("occurredOn", "2025-06-20", "status", "PLANNED", "sides",
                sides))).body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        postAs("not.a.token", create, vars("i", vars("occurredOn", "2025-06-20", "status", "PLANNED", "sides",
                sides))).statusCode(401);
        String id = postAs(Tokens.editor("it-editor"), create, vars("i", vars("occurredOn", "2025-06-20", "status",
                "PLANNED", "sides", sides))).statusCode(200)
                .body("errors", nullValue())
                .body("data.recordExchange.totalReleased", equalTo(5))
                .body("data.recordExchange.createdBy", equalTo("it-editor"))
                .extract().path("data.recordExchange.id");
        postAs(Tokens.editor("it-editor"), "mutation($id: ID!) { deleteExchange(id: $id) }", vars("id", id))
                .body("data.deleteExchange", equalTo(id));
        postAs(Tokens.editor("it-editor"), create, vars("i", vars("occurredOn", "2025-06-20", "status", "PLANNED",
                "sides", new JsonArray()))).body("errors[0].extensions.field", equalTo("input.sides"));
    }

    @Test
    void errorsCarryCodesAndNoInternals() {
        post("query($id: ID!) { participant(id: $id) { id } }", vars("id", "not-an-id"))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body(not(containsString("org.talksrecord")));
        post("{ statements(first: 101) { totalCount } }")
                .body("errors[0].extensions.field", equalTo("first"));
        post("{ participants { nodes { " + "affiliation { ".repeat(30) + "name" + " }".repeat(30) + " } } }")
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
    }

    @Test
    void operationsEndpointsAnswer() {
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        post("{ participants(first: 1) { totalCount } }").body("errors", nullValue());
        given().when().get("/q/metrics").then().statusCode(200)
                .body(containsString("http_server_requests_seconds"));
        given().when().get("/graphql/schema.graphql").then().statusCode(200).body(containsString("type Mutation"));
        post("{ negotiations { nodes { title } } }")
                .body("data.negotiations.nodes.title", contains(Sample.PHONE_CALL, Sample.ISTANBUL_TALKS,
                        Sample.SECOND_ROUND))
                .body("data.negotiations.nodes", hasSize(3));
    }

    @Test
    void getAndPostAnswerAlike() {
        String negotiation = post("{ negotiations(first: 3) { nodes { id title } } }").extract()
                .path("data.negotiations.nodes.find { it.title == '" + Sample.ISTANBUL_TALKS + "' }.id");
        String query = """
                query($id: ID!) { negotiation(id: $id) { title startsAt parties { role participant { name } }
                  statements(first: 10) { totalCount nodes { text saidAt speaker { name } } }
                  exchanges { nodes { occurredOn sides { releasedBy { name } total } agreement { title } } } } }""";
        JsonObject variables = vars("id", negotiation);
        String posted = given().contentType(ContentType.JSON)
                .body(new JsonObject().put("query", query).put("variables", variables).encode())
                .post("/graphql").then().statusCode(200)
                .body("data.negotiation.title", equalTo(Sample.ISTANBUL_TALKS))
                .body("data.negotiation.exchanges.nodes[0].sides.total", everyItem(equalTo(390)))
                .extract().asString();
        String got = given().queryParam("query", query).queryParam("variables", variables.encode())
                .get("/graphql").then().statusCode(200).extract().asString();
        assertEquals(new JsonObject(posted).encode(), new JsonObject(got).encode());
    }
}
