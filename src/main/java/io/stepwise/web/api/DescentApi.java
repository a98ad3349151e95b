package io.stepwise.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.stepwise.engine.Architecture;
import io.stepwise.engine.Descent;
import io.stepwise.engine.Divergence;
import io.stepwise.engine.Limits;
import io.stepwise.engine.Network;
import io.stepwise.engine.Parameter;
import io.stepwise.engine.Step;
import io.stepwise.engine.Trace;
import io.stepwise.input.Ranges;
import io.stepwise.playground.PlaygroundSetup;
import io.stepwise.playground.TrainSet;
import io.stepwise.web.http.BadRequest;
import io.stepwise.web.http.QueryParams;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** POST /api/v1/descent: runs gradient descent and returns every state with full-precision numbers. */
public final class DescentApi {
    public static final Set<String> FIELDS = Set.of("network", "data", "loss", "learningRate", "train", "maxSteps", "tolerance");
    /** Listed states are capped so that a response stays near 10 MB even with many samples. */
    public static final int MAX_LISTED_NUMBERS = 500_000;

    private DescentApi() {}

    public static void handle(Context ctx) {
        JsonNode body = JsonBody.read(ctx, FIELDS);
        Problem problem = Problem.read(body);
        Architecture arch = problem.network().architecture();

        double learningRate = JsonFields.number(JsonFields.required(body, "learningRate", "learningRate"), "learningRate", Ranges.LEARNING_RATE);
        int[] trained = trained(body.get("train"), arch);
        JsonNode maxNode = body.get("maxSteps");
        int maxSteps = maxNode == null ? PlaygroundSetup.DEFAULT_MAX_STEPS : JsonFields.count(maxNode, "maxSteps", Ranges.MAX_STEPS);
        Double tolerance = body.hasNonNull("tolerance") ? JsonFields.number(body.get("tolerance"), "tolerance", Ranges.TOLERANCE) : null;
        long work = Limits.work(arch, problem.data().size(), maxSteps);
        if (work > Limits.MAX_WORK) {
            throw new BadRequest("maxSteps", "This run is too large: it would take " + work + " work units ((maxSteps + 1) × the cost of one step, which grows with samples, parameters and neurons)"
                    + ", over the limit of " + Limits.MAX_WORK + ". Take fewer steps, use fewer samples or a smaller network.");
        }

        int perStep = problem.data().size() * arch.outputCount() * 2 + arch.parameterCount() * 3;
        int listLimit = Math.max(1, Math.min(Limits.MAX_LISTED_STEPS, MAX_LISTED_NUMBERS / perStep));
        Trace trace = Descent.run(problem.network(), problem.data(),
                Descent.Settings.plain(problem.loss(), learningRate, trained, maxSteps, tolerance), listLimit);
        JsonBody.send(ctx, response(trace, trained, arch));
    }

    /** The "train" list, read like the playground's: parameter names and all, weights, biases. Absent means all. */
    static int[] trained(JsonNode node, Architecture arch) {
        if (node == null || node.isNull()) return TrainSet.ALL.indices(arch);
        JsonNode list = JsonFields.array(node, "train", 0, arch.parameterCount() + 3);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) names.add(JsonFields.text(list.get(i), "train[" + i + "]"));
        return QueryParams.refusing(() -> TrainSet.read(names, arch, "train", i -> "train[" + i + "]")).indices(arch);
    }

    /** The response body for a finished run; the playground's JSON export uses it too. */
    public static ObjectNode response(Trace trace, int[] trained, Architecture arch) {
        ObjectNode root = JsonBody.MAPPER.createObjectNode();
        ArrayNode steps = root.putArray("steps");
        for (Step step : trace.first()) {
            ObjectNode s = steps.addObject();
            s.put("index", step.index());
            putParameters(s, step.network());
            s.put("loss", step.loss());
            s.set("predictions", JsonBody.numbers(step.predictions()));
            s.set("residuals", JsonBody.numbers(step.residuals()));
            ObjectNode gradient = s.putObject("gradient");
            ObjectNode stepSize = s.putObject("stepSize");
            for (int i : trained) {
                String name = Parameter.ofFlatIndex(arch, i).name();
                gradient.put(name, step.gradient()[i]);
                stepSize.put(name, step.stepSizes()[i]);
            }
        }
        ObjectNode fin = root.putObject("final");
        Step last = trace.current();
        if (last != null) {
            putParameters(fin, last.network());
            fin.put("loss", last.loss());
        } else {
            fin.putNull("weights");
            fin.putNull("biases");
            fin.putNull("loss");
        }
        fin.put("steps", trace.updates());
        fin.put("converged", trace.converged());
        fin.put("diverged", trace.diverged());
        if (trace.diverged()) fin.put("message", divergence(trace.divergence()));
        fin.put("listedSteps", trace.first().size());
        return root;
    }

    private static String divergence(Divergence d) {
        String where = d.kind() == Divergence.Kind.EXPLODED
                ? "The loss exploded at step " + d.step() + " (" + d.loss() + ", more than 10^6 and 10^6 times the starting loss "
                        + d.startLoss() + ")"
                : "A value stopped being finite at step " + d.step();
        return where + "; the run stopped at step " + d.lastStep() + ". A smaller learning rate usually helps.";
    }

    private static void putParameters(ObjectNode node, Network network) {
        node.set("weights", JsonBody.numbers(network.weights()));
        node.set("biases", JsonBody.numbers(network.biases()));
    }
}
