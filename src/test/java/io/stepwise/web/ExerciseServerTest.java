package io.stepwise.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stepwise.exercise.ExerciseFiles;
import io.stepwise.web.http.Settings;
import io.stepwise.web.lesson.Lessons;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/** The application with the example exercise sets of the test resources, and helpers to read the "Your turn" box. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ExerciseServerTest {
    protected TestServer server;

    @BeforeAll
    void startServer() throws URISyntaxException {
        server = new TestServer(ExerciseFiles.load(Path.of(ExerciseServerTest.class.getResource("/exercises").toURI()), Lessons.exercises()), Settings.DEFAULT);
    }

    @AfterAll
    void stopServer() { server.close(); }

    HttpResponse<String> get(String pathAndQuery, String... headers) { return server.get(pathAndQuery, headers); }

    String body(String pathAndQuery) {
        HttpResponse<String> r = get(pathAndQuery);
        assertEquals(200, r.statusCode(), pathAndQuery + " → " + r.body());
        return r.body();
    }

    static String answer(String typed) { return "&answer=" + URLEncoder.encode(typed, StandardCharsets.UTF_8); }

    /** The box alone, so that assertions cannot match the rest of the lesson. */
    static String box(String body) {
        int start = body.indexOf("<section id=\"your-turn\"");
        assertTrue(start >= 0, "the page has a Your turn box");
        return body.substring(start, body.indexOf("</section>", start));
    }
}
