package org.talksrecord.reliability;

import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.talksrecord.support.GraphQL.post;
import static org.talksrecord.support.GraphQL.vars;

import java.util.List;
import java.util.logging.Level;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** What a client sends cannot make the service log: PostgreSQL's notices stay on the server. */
@QuarkusTest
class ServerNoticesTest {

    @Test
    void textWithoutAWordAnswersNothingAndLogsNothing() {
        try (LogCapture log = new LogCapture()) {
            for (int i = 0; i < 3; i++) {
                post("query($text: String!) { search(text: $text) { score } }", vars("text", "!!! -- ..."))
                        .body("errors", nullValue()).body("data.search", empty());
                post("query($text: String) { statements(filter: {text: $text}, first: 5) { nodes { id } } }",
                        vars("text", "?!")).body("errors", nullValue());
            }
            assertEquals(List.of(), log.atLeast(Level.WARNING));
        }
    }
}
