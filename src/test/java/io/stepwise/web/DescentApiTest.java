package io.stepwise.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.util.function.Consumer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

class DescentApiTest extends ServerTest {
    static final double TOLERANCE = 5e-5;
    static final ObjectMapper JSON = new ObjectMapper();
    static final String REFERENCE = """
            {
              "network": {
                "layers": [1, 2, 1],
                "hiddenActivation": "softplus",
                "outputActivation": "identity",
                "weights": [3.34, -3.53, -1.22, -2.30],
                "biases": [-1.43, 0.57, 0.0]
              },
              "data": {"inputs": [[0], [0.5], [1]], "targets": [[0], [1], [0]]},
              "loss": "ssr",
              "learningRate": 0.1,
              "train": ["b3"],
              "maxSteps": 1000,
              "tolerance": 0.001
            }""";

    JsonNode post(String body, int expectedStatus) {
        HttpResponse<String> r = server.postJson("/api/v1/descent", body);
        assertEquals(expectedStatus, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        try {
            return JSON.readTree(r.body());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    static String reference(Consumer<ObjectNode> change) {
        try {
            ObjectNode node = (ObjectNode) JSON.readTree(REFERENCE);
            change.accept(node);
            return JSON.writeValueAsString(node);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class Reference {
        @Test
        void reference_run_matches_the_lesson() {
            JsonNode r = post(REFERENCE, 200);
            JsonNode step0 = r.get("steps").get(0);
            assertEquals(0, step0.get("index").asInt());
            assertEquals(20.4236, step0.get("loss").asDouble(), TOLERANCE);
            assertEquals(-15.6551, step0.get("gradient").get("b3").asDouble(), TOLERANCE);
            assertEquals(-1.5655, step0.get("stepSize").get("b3").asDouble(), TOLERANCE);
            assertEquals(1, step0.get("gradient").size(), "only trained parameters are listed");
            assertEquals(-2.6037, step0.get("predictions").get(0).get(0).asDouble(), 1e-3);
            assertEquals(2.6037, step0.get("residuals").get(0).get(0).asDouble(), 1e-3);
            assertEquals(1.5655, r.get("steps").get(1).get("biases").get(2).asDouble(), TOLERANCE);
            JsonNode fin = r.get("final");
            assertEquals(9, fin.get("steps").asInt());
            assertEquals(2.6085, fin.get("biases").get(2).asDouble(), TOLERANCE);
            assertTrue(fin.get("converged").asBoolean());
            assertFalse(fin.get("diverged").asBoolean());
            assertEquals(10, r.get("steps").size());
        }

        @Test
        void numbers_are_full_precision() {
            JsonNode r = post(REFERENCE, 200);
            assertEquals("-15.655108380577747", r.get("steps").get(0).get("gradient").get("b3").asText());
        }

        @Test
        void without_tolerance_exactly_max_steps_updates_are_taken() {
            JsonNode r = post(reference(n -> { n.remove("tolerance"); n.put("maxSteps", 20); }), 200);
            assertEquals(20, r.get("final").get("steps").asInt());
            assertFalse(r.get("final").get("converged").asBoolean());
            assertEquals(21, r.get("steps").size());
        }

        @Test
        void train_all_moves_every_parameter() {
            JsonNode r = post(reference(n -> { n.putArray("train").add("all"); n.put("maxSteps", 1); n.remove("tolerance"); }), 200);
            assertEquals(7, r.get("steps").get(0).get("gradient").size());
            JsonNode w = r.get("final").get("weights");
            assertTrue(w.get(0).asDouble() != 3.34);
        }

        @Test
        void train_biases_leaves_weights_alone() {
            JsonNode r = post(reference(n -> { n.putArray("train").add("biases"); n.put("maxSteps", 3); n.remove("tolerance"); }), 200);
            assertEquals(3, r.get("steps").get(0).get("gradient").size());
            assertEquals(3.34, r.get("final").get("weights").get(0).asDouble());
        }

        @Test
        void a_diverging_run_stops_and_says_so_without_nan() {
            HttpResponse<String> raw = server.postJson("/api/v1/descent",
                    reference(n -> { n.put("learningRate", 100); n.put("maxSteps", 5000); n.remove("tolerance"); }));
            assertEquals(200, raw.statusCode());
            assertFalse(raw.body().contains("NaN"));
            assertFalse(raw.body().contains("Infinity"));
            JsonNode fin = post(reference(n -> { n.put("learningRate", 100); n.put("maxSteps", 5000); n.remove("tolerance"); }), 200).get("final");
            assertTrue(fin.get("diverged").asBoolean());
            assertTrue(fin.get("steps").asInt() < 5000);
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class BadInput {
        void rejects(String body, String field, String messagePart) {
            JsonNode r = post(body, 400);
            assertEquals(field, r.get("field").asText(), r.toString());
            assertTrue(r.get("error").asText().contains(messagePart), r.toString());
        }

        @Test
        void wrong_layer_sizes() {
            rejects(reference(n -> ((ObjectNode) n.get("network")).putArray("layers").add(1)), "network.layers", "at least 2");
            rejects(reference(n -> ((ObjectNode) n.get("network")).putArray("layers").add(1).add(0).add(1)), "network.layers[1]", "from 1 to 64");
            rejects(reference(n -> ((ObjectNode) n.get("network")).putArray("layers").add(1).add(65).add(1)), "network.layers[1]", "from 1 to 64");
            rejects(reference(n -> {
                ArrayNode l = ((ObjectNode) n.get("network")).putArray("layers");
                for (int i = 0; i < 9; i++) l.add(1);
            }), "network.layers", "at most 8");
            rejects(reference(n -> ((ObjectNode) n.get("network")).putArray("layers").add(1).add(2.5).add(1)), "network.layers[1]", "whole number");
        }

        @Test
        void wrong_array_lengths() {
            rejects(reference(n -> ((ObjectNode) n.get("network")).putArray("weights").add(1).add(2)), "network.weights", "must have 4 numbers");
            rejects(reference(n -> ((ObjectNode) n.get("network")).putArray("biases").add(1)), "network.biases", "must have 3 numbers");
            rejects(reference(n -> ((ArrayNode) n.get("data").get("inputs")).addArray().add(1).add(2)), "data.inputs[3]", "must have 1 number");
            rejects(reference(n -> ((ArrayNode) n.get("data").get("targets")).addArray().add(1)), "data.targets", "one target row per input row");
        }

        @Test
        void unknown_names() {
            rejects(reference(n -> ((ObjectNode) n.get("network")).put("hiddenActivation", "swish")), "network.hiddenActivation", "Unknown activation");
            rejects(reference(n -> n.put("loss", "cross-entropy")), "loss", "Unknown loss");
            rejects(reference(n -> n.putArray("train").add("w9")), "train[0]", "The 1-2-1 network has no parameter “w9”");
            rejects(reference(n -> n.putArray("train").add("b3").add("b3")), "train[1]", "b3 is named twice in the trained parameters.");
            rejects(reference(n -> n.put("learningrate", 0.1)), "learningrate", "Unknown field");
        }

        @Test
        void non_numbers_and_non_finite_numbers() {
            rejects(reference(n -> n.put("learningRate", "0.1")), "learningRate", "must be a number");
            rejects(reference(n -> ((ArrayNode) n.get("network").get("weights")).set(0, JSON.getNodeFactory().textNode("x"))), "network.weights[0]", "must be a number");
            rejects(REFERENCE.replace("3.34", "1e999"), "network.weights[0]", "finite");
            rejects(REFERENCE.replace("3.34", "NaN"), "", "not valid JSON");
            rejects(reference(n -> n.put("learningRate", 0)), "learningRate", "Learning rate must be a number from 0 (exclusive) to 100, not “0”.");
            rejects(reference(n -> n.put("tolerance", -1)), "tolerance", "Tolerance must be a number from 0 (exclusive) to 1000, not “-1”.");
        }

        @Test
        void sizes_past_the_caps() {
            rejects(reference(n -> n.put("maxSteps", 100_001)), "maxSteps", "from 0 to 100000");
            rejects(reference(n -> n.put("maxSteps", -1)), "maxSteps", "from 0 to 100000");
            rejects(reference(n -> {
                ArrayNode in = ((ObjectNode) n.get("data")).putArray("inputs");
                ArrayNode out = ((ObjectNode) n.get("data")).putArray("targets");
                for (int i = 0; i < 1001; i++) { in.addArray().add(i); out.addArray().add(0); }
            }), "data.inputs", "at most 1000");
            rejects(reference(n -> {
                ObjectNode net = (ObjectNode) n.get("network");
                net.putArray("layers").add(1).add(64).add(64).add(1);
                ArrayNode w = net.putArray("weights");
                for (int i = 0; i < 64 + 64 * 64 + 64; i++) w.add(0.1);
                ArrayNode b = net.putArray("biases");
                for (int i = 0; i < 129; i++) b.add(0);
                n.put("maxSteps", 100_000);
            }), "maxSteps", "too large");
        }

        @Test
        void bodies_that_are_not_json_objects() {
            rejects("", "", "empty");
            rejects("[1, 2]", "", "must be a JSON object");
            rejects("{\"network\": ", "", "not valid JSON");
            rejects("{\"loss\": \"ssr\", \"loss\": \"mse\"}", "", "not valid JSON");
            rejects("{}", "network", "network is missing");
        }

        @Test
        void a_body_over_one_megabyte() {
            rejects("{\"pad\": \"" + "x".repeat(1_000_100) + "\"}", "", "larger than the limit of 1 MB");
        }

        @Test
        void a_body_that_is_not_labelled_json() {
            HttpResponse<String> r = server.post("/api/v1/descent", REFERENCE, "text/plain");
            assertEquals(400, r.statusCode());
            assertTrue(r.body().contains("Content-Type: application/json"));
        }
    }
}
