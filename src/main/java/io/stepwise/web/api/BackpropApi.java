package io.stepwise.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.stepwise.engine.Architecture;
import io.stepwise.engine.Backprop;
import io.stepwise.engine.Limits;
import io.stepwise.engine.NumericalGradient;
import io.stepwise.engine.Parameter;
import io.stepwise.engine.WorkCount;
import io.stepwise.web.http.BadRequest;
import java.util.Set;

/**
 * POST /api/v1/backprop: one state's forward pass, δ table, gradient, finite-difference gradient
 * and the work both ways.
 */
public final class BackpropApi {
    static final Set<String> FIELDS = Set.of("network", "data", "loss");
    /** Pre-activations, activations and δ per layer, sample and neuron: capped so a response stays near 10 MB. */
    static final long MAX_LISTED_NUMBERS = 500_000;

    private BackpropApi() {}

    public static void handle(Context ctx) {
        JsonNode body = JsonBody.read(ctx, FIELDS);
        Problem problem = Problem.read(body);
        Architecture arch = problem.network().architecture();
        long listed = 0;
        for (int l = 0; l < arch.layerCount(); l++) listed += 3L * arch.size(l) * problem.data().size();
        if (listed > MAX_LISTED_NUMBERS) {
            throw new BadRequest("data.inputs", "The forward pass and δ table of this problem would list " + listed
                    + " numbers, over the limit of " + MAX_LISTED_NUMBERS + ". Use fewer samples or a smaller network.");
        }
        Backprop bp = Backprop.run(problem.network(), problem.data(), problem.loss());

        ObjectNode root = JsonBody.MAPPER.createObjectNode();
        root.put("loss", problem.loss().value(problem.data().targets(), bp.forward().predictions()));
        root.set("preActivations", JsonBody.numbers(bp.forward().preActivations()));
        root.set("activations", JsonBody.numbers(bp.forward().activations()));
        root.set("deltas", JsonBody.numbers(bp.deltas()));
        root.set("gradient", named(arch, bp.gradient()));
        // Two forward passes per parameter: affordable only for small problems.
        long work = 2L * arch.parameterCount() * Limits.perUpdate(arch, problem.data().size());
        if (work <= Limits.MAX_WORK) {
            root.set("numericalGradient", named(arch, NumericalGradient.of(problem.network(), problem.data(), problem.loss())));
        } else {
            root.putNull("numericalGradient");
            root.put("numericalGradientSkipped", "The finite-difference check needs two forward passes per parameter; "
                    + "this problem is too large for it (" + work + " work units, limit " + Limits.MAX_WORK + ").");
        }
        WorkCount count = WorkCount.of(arch, problem.data().size());
        ObjectNode w = root.putObject("work");
        w.put("naivePathProducts", count.naivePathProducts());
        w.put("naiveMultiplications", count.naiveMultiplications());
        w.put("backpropMultiplications", count.backpropMultiplications());
        JsonBody.send(ctx, root);
    }

    private static ObjectNode named(Architecture arch, double[] flat) {
        ObjectNode node = JsonBody.MAPPER.createObjectNode();
        for (int i = 0; i < flat.length; i++) node.put(Parameter.ofFlatIndex(arch, i).name(), flat[i]);
        return node;
    }
}
