package io.stepwise.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepwise.engine.Activation;
import io.stepwise.engine.Architecture;
import io.stepwise.engine.Dataset;
import io.stepwise.engine.Limits;
import io.stepwise.engine.Loss;
import io.stepwise.engine.Network;
import io.stepwise.web.http.BadRequest;
import java.util.Arrays;
import java.util.Set;

/** The "network", "data" and "loss" objects that every API call shares, read and checked against the caps. */
record Problem(Network network, Dataset data, Loss loss) {
    static final Set<String> NETWORK_FIELDS = Set.of("layers", "hiddenActivation", "outputActivation", "weights", "biases");
    static final Set<String> DATA_FIELDS = Set.of("inputs", "targets");

    static Problem read(JsonNode body) {
        JsonNode net = JsonFields.object(body, "network", "network", NETWORK_FIELDS);
        JsonNode layersNode = JsonFields.array(net, "layers", "network.layers", 2, Limits.MAX_LAYERS);
        int[] layers = new int[layersNode.size()];
        for (int i = 0; i < layers.length; i++) {
            layers[i] = JsonFields.integer(layersNode.get(i), "network.layers[" + i + "]", 1, Limits.MAX_WIDTH);
        }
        Architecture arch = new Architecture(layers,
                activation(net, "hiddenActivation"), activation(net, "outputActivation"));
        Network network = new Network(arch,
                JsonFields.numbers(net, "weights", "network.weights", arch.weightCount()),
                JsonFields.numbers(net, "biases", "network.biases", arch.biasCount()));

        JsonNode data = JsonFields.object(body, "data", "data", DATA_FIELDS);
        double[][] inputs = rows(data, "inputs", arch.inputCount());
        double[][] targets = rows(data, "targets", arch.outputCount());
        if (inputs.length != targets.length) {
            throw new BadRequest("data.targets", "data.targets has " + targets.length + " rows but data.inputs has " + inputs.length + "; give one target row per input row.");
        }
        return new Problem(network, new Dataset(inputs, targets), loss(body));
    }

    private static Activation activation(JsonNode net, String name) {
        String path = "network." + name;
        String id = JsonFields.text(JsonFields.required(net, name, path), path);
        Activation a = Activation.fromId(id);
        if (a == null) {
            throw new BadRequest(path, "Unknown activation “" + JsonFields.shorten(id) + "”; use one of "
                    + String.join(", ", Arrays.stream(Activation.values()).map(Activation::id).toList()) + ".");
        }
        return a;
    }

    private static Loss loss(JsonNode body) {
        JsonNode node = body.get("loss");
        if (node == null || node.isNull()) return Loss.SSR;
        String id = JsonFields.text(node, "loss");
        Loss loss = Loss.fromId(id);
        if (loss == null) {
            throw new BadRequest("loss", "Unknown loss “" + JsonFields.shorten(id) + "”; use one of "
                    + String.join(", ", Arrays.stream(Loss.values()).map(Loss::id).toList()) + ".");
        }
        return loss;
    }

    private static double[][] rows(JsonNode data, String name, int width) {
        String path = "data." + name;
        JsonNode node = JsonFields.array(data, name, path, 1, Limits.MAX_SAMPLES);
        double[][] rows = new double[node.size()][];
        for (int s = 0; s < rows.length; s++) {
            String rowPath = path + "[" + s + "]";
            JsonNode row = JsonFields.array(node.get(s), rowPath, 0, Integer.MAX_VALUE);
            if (row.size() != width) {
                throw new BadRequest(rowPath, rowPath + " must have " + width + (width == 1 ? " number" : " numbers") + " for this network, not " + row.size() + ".");
            }
            rows[s] = new double[width];
            for (int i = 0; i < width; i++) rows[s][i] = JsonFields.number(row.get(i), rowPath + "[" + i + "]");
        }
        return rows;
    }
}
