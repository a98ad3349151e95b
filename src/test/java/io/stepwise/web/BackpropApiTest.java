package io.stepwise.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.Iterator;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BackpropApiTest extends ServerTest {
    static final double TOLERANCE = 5e-5;
    static final ObjectMapper JSON = new ObjectMapper();
    static final String DOSAGE = """
            {
              "network": {"layers": [1, 2, 1], "hiddenActivation": "softplus", "outputActivation": "identity",
                          "weights": [3.34, -3.53, -1.22, -2.30], "biases": [-1.43, 0.57, 0.0]},
              "data": {"inputs": [[0], [0.5], [1]], "targets": [[0], [1], [0]]},
              "loss": "ssr"
            }""";

    JsonNode post(String body) throws Exception {
        HttpResponse<String> r = server.postJson("/api/v1/backprop", body);
        assertEquals(200, r.statusCode(), r.body());
        return JSON.readTree(r.body());
    }

    @Test
    void deltas_match_the_reference_for_the_first_lessons_network() throws Exception {
        JsonNode r = post(DOSAGE);
        JsonNode hidden = r.get("deltas").get(0);
        double[] h1 = {1.2267, 3.5631, 5.5573};
        double[] h2 = {7.6504, 2.7887, 0.5926};
        for (int s = 0; s < 3; s++) {
            assertEquals(h1[s], hidden.get(s).get(0).asDouble(), TOLERANCE);
            assertEquals(h2[s], hidden.get(s).get(1).asDouble(), TOLERANCE);
            double residual = 0 - r.get("activations").get(2).get(s).get(0).asDouble() + (s == 1 ? 1 : 0);
            assertEquals(-2 * residual, r.get("deltas").get(1).get(s).get(0).asDouble(), 1e-12, "output δ = −2·residual");
        }
        assertEquals(-15.6551, r.get("gradient").get("b3").asDouble(), TOLERANCE);
    }

    @Test
    void forward_pass_is_indexed_layer_sample_neuron_with_inputs_first() throws Exception {
        JsonNode r = post(DOSAGE);
        assertEquals(3, r.get("activations").size());
        assertEquals(0.5, r.get("activations").get(0).get(1).get(0).asDouble());
        assertEquals(3.34 * 0.5 - 1.43, r.get("preActivations").get(1).get(1).get(0).asDouble(), 1e-12);
        assertEquals(2, r.get("deltas").size(), "one entry per non-input layer");
    }

    @Test
    void gradient_and_numerical_gradient_agree_for_every_parameter() throws Exception {
        JsonNode r = post(DOSAGE);
        assertEquals(7, r.get("gradient").size());
        Iterator<Map.Entry<String, JsonNode>> it = r.get("gradient").fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            assertEquals(e.getValue().asDouble(), r.get("numericalGradient").get(e.getKey()).asDouble(), 1e-5, e.getKey());
        }
    }

    @Test
    void work_counts_are_reported() throws Exception {
        JsonNode w = post(DOSAGE).get("work");
        assertEquals(21, w.get("naivePathProducts").asLong(), "7 path products per sample, 3 samples");
        assertEquals(27, w.get("backpropMultiplications").asLong(), "9 per sample");
    }

    @Test
    void bad_input_gets_the_same_errors_as_descent() throws Exception {
        HttpResponse<String> r = server.postJson("/api/v1/backprop", DOSAGE.replace("\"ssr\"", "\"l1\""));
        assertEquals(400, r.statusCode());
        assertEquals("loss", JSON.readTree(r.body()).get("field").asText());
        HttpResponse<String> extra = server.postJson("/api/v1/backprop", DOSAGE.replace("\"loss\"", "\"learningRate\": 0.1, \"loss\""));
        assertEquals(400, extra.statusCode());
        assertTrue(JSON.readTree(extra.body()).get("error").asText().contains("Unknown field"));
    }
}
