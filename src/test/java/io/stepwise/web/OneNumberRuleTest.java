package io.stepwise.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.exercise.ExerciseFileException;
import io.stepwise.exercise.ExerciseFiles;
import io.stepwise.input.LearningRateCases;
import io.stepwise.web.lesson.Lessons;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One learning rate, every reader: each lesson's query string, the playground's query string, the
 * API body and an exercise file accept the same texts and refuse the others with the same message
 * (the setup form is checked in playground.SetupFormTest).
 */
class OneNumberRuleTest extends ServerTest {
    static final List<String> PAGES = List.of("/tutorials/last-bias", "/tutorials/all-parameters", "/playground");

    static List<LearningRateCases.Case> cases() { return LearningRateCases.ALL; }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void every_page_reads_the_learning_rate_alike(LearningRateCases.Case c) {
        for (String page : PAGES) {
            HttpResponse<String> r = server.get(page + "?lr=" + URLEncoder.encode(c.raw(), StandardCharsets.UTF_8));
            assertEquals(c.accepted() ? 200 : 400, r.statusCode(), page);
            if (!c.accepted()) assertTrue(r.body().contains(c.message()), page + ": " + c.message());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void the_api_reads_a_json_number_alike(LearningRateCases.Case c) throws Exception {
        String literal = c.isJsonNumber() ? c.raw() : DescentApiTest.JSON.writeValueAsString(c.raw());
        String body = DescentApiTest.reference(n -> {}).replaceFirst("\"learningRate\":[^,}]*", "\"learningRate\":" + literal);
        HttpResponse<String> r = server.postJson("/api/v1/descent", body);
        JsonNode answer = DescentApiTest.JSON.readTree(r.body());
        if (!c.isJsonNumber()) {
            assertEquals("learningRate must be a number.", answer.path("error").asText(), "a JSON string is a type error");
        } else if (c.accepted()) {
            assertEquals(200, r.statusCode(), r.body());
        } else {
            assertEquals(400, r.statusCode());
            assertEquals(c.message(), answer.path("error").asText());
            assertEquals("learningRate", answer.path("field").asText());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void an_exercise_file_reads_a_json_number_alike(LearningRateCases.Case c, @TempDir Path dir) throws Exception {
        String literal = c.isJsonNumber() ? c.raw() : DescentApiTest.JSON.writeValueAsString(c.raw());
        Path file = Files.writeString(dir.resolve("set.json"), """
                {"sets": [{"id": "s", "title": "S", "lesson": "last-bias", "quantities": ["slope"],
                  "start": {"learningRate": %s}}]}
                """.formatted(literal));
        if (c.isJsonNumber() && c.accepted()) {
            assertEquals(Double.parseDouble(c.raw()), (Double) ExerciseFiles.loadFile(file, Lessons.exercises()).get(0).start().get(Paths.Q_LEARNING_RATE), 0.0);
        } else {
            String message = assertThrows(ExerciseFileException.class, () -> ExerciseFiles.loadFile(file, Lessons.exercises())).getMessage();
            assertTrue(message.endsWith("field sets[0].start.learningRate: "
                    + (c.isJsonNumber() ? c.message() : "must be a number (without quotes).")), message);
        }
    }

    @Test
    void a_blank_learning_rate_in_a_url_means_the_default() {
        for (String page : PAGES) assertEquals(200, server.get(page + "?lr=").statusCode(), page);
    }

    @Test
    void the_lesson_forms_take_their_limits_from_the_one_range() {
        String body = server.get("/tutorials/last-bias").body();
        assertTrue(body.contains("name=\"lr\" type=\"number\" step=\"any\" min=\"0\" max=\"100\""));
        assertTrue(body.contains("name=\"b3\" type=\"number\" step=\"any\" min=\"-1000\" max=\"1000\""));
        assertTrue(server.get("/tutorials/all-parameters").body().contains("name=\"tol\" type=\"number\" step=\"any\" min=\"0\" max=\"1000\""));
    }
}
