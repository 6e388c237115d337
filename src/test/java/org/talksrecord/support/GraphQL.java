package org.talksrecord.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.vertx.core.json.JsonObject;

/** Posts real GraphQL documents to the running service; bodies are built as JSON, never by escaping strings. */
public final class GraphQL {

    private GraphQL() {
    }

    public static ValidatableResponse post(String query) {
        return post(query, new JsonObject());
    }

    public static ValidatableResponse post(String query, JsonObject variables) {
        JsonObject body = new JsonObject().put("query", query).put("variables", variables);
        return given().contentType(ContentType.JSON)
                .body(body.encode())
                .when().post("/graphql")
                .then().statusCode(200);
    }

    /** Posts as the holder of {@code token}; the HTTP status is left to the caller to check. */
    public static ValidatableResponse postAs(String token, String query, JsonObject variables) {
        JsonObject body = new JsonObject().put("query", query).put("variables", variables);
        return given().contentType(ContentType.JSON).header("Authorization", "Bearer " + token)
                .body(body.encode())
                .when().post("/graphql")
                .then();
    }

    public static JsonObject vars(Object... namesAndValues) {
        JsonObject variables = new JsonObject();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            variables.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return variables;
    }
}
