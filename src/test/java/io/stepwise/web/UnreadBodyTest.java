package io.stepwise.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.stepwise.lessons.lastbias.LastBiasPage;
import org.junit.jupiter.api.Test;

/**
 * A request whose body no handler reads still gets its answer: the server reads the body out
 * before finishing, instead of closing the connection while the client may still be sending.
 */
class UnreadBodyTest extends ServerTest {
    static final String BODY = "{\"pad\":\"" + "x".repeat(60_000) + "\"}";

    @Test
    void refused_methods_with_a_body_are_answered_every_time() {
        for (int i = 0; i < 60; i++) {
            assertEquals(405, server.send("DELETE", Paths.API_DESCENT, BODY, "application/json").statusCode(), "try " + i);
            assertEquals(405, server.send("PUT", LastBiasPage.LESSON.path(), BODY, "application/json").statusCode(), "try " + i);
            assertEquals(404, server.send("POST", "/nowhere", BODY, "text/plain").statusCode(), "try " + i);
            assertEquals(200, server.get(Paths.HEALTH).statusCode(), "the connection is still good after try " + i);
        }
    }
}
