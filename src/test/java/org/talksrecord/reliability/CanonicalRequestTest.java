package org.talksrecord.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/** Requests that differ only in the order of their variables' members are the same request for a key. */
class CanonicalRequestTest {

    @Test
    void memberOrderDoesNotMatterButValuesDo() {
        JsonObject one = new JsonObject().put("a", 1).put("b", new JsonObject().put("y", "2").put("x", "1"))
                .put("c", new JsonArray().add(new JsonObject().put("q", true).put("p", false)));
        JsonObject other = new JsonObject()
                .put("c", new JsonArray().add(new JsonObject().put("p", false).put("q", true)))
                .put("b", new JsonObject().put("x", "1").put("y", "2")).put("a", 1);
        assertEquals(Idempotency.canonical(one), Idempotency.canonical(other));
        assertEquals("{\"a\":1,\"b\":{\"x\":\"1\",\"y\":\"2\"},\"c\":[{\"p\":false,\"q\":true}]}",
                Idempotency.canonical(one));
        assertNotEquals(Idempotency.canonical(one), Idempotency.canonical(other.copy().put("a", 2)));
        assertNotEquals(Idempotency.canonical(new JsonObject().put("l", new JsonArray().add(1).add(2))),
                Idempotency.canonical(new JsonObject().put("l", new JsonArray().add(2).add(1))));
    }
}
