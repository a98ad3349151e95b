package io.stepwise.playground;

import io.stepwise.engine.Architecture;
import io.stepwise.engine.Descent;
import io.stepwise.engine.Parameter;
import io.stepwise.engine.Step;
import java.util.ArrayList;
import java.util.List;

/**
 * The step history as CSV: one line per state from step 0 to the current one, with the loss,
 * every parameter's value, and each trained parameter's gradient and step size there. Numbers
 * are written in full (the shortest text that reads back as the same double).
 *
 * <pre>step,loss,w1,…,b1,…,gradient w1,…,step size w1,…</pre>
 */
public final class HistoryCsv {
    /** Larger histories are not exported: about 40 MB of text. */
    public static final long MAX_NUMBERS = 2_000_000;

    private HistoryCsv() {}

    /** How many numbers the export of this state would hold. */
    public static long numbers(PlaygroundState state) {
        PlaygroundSetup s = state.setup();
        return (long) (state.steps() + 1) * columns(s).size();
    }

    public static boolean exportable(PlaygroundState state) {
        return numbers(state) <= MAX_NUMBERS;
    }

    /** The header line's column names. */
    public static List<String> columns(PlaygroundSetup setup) {
        Architecture arch = setup.architecture();
        List<String> names = new ArrayList<>(List.of("step", Playground.lossName(setup.loss())));
        for (int i = 0; i < arch.parameterCount(); i++) names.add(Parameter.ofFlatIndex(arch, i).name());
        for (int i : setup.trained()) names.add("gradient " + Parameter.ofFlatIndex(arch, i).name());
        for (int i : setup.trained()) names.add("step size " + Parameter.ofFlatIndex(arch, i).name());
        return names;
    }

    /** The CSV of every state from step 0 to the state's step (or to where the run diverged). */
    public static String of(PlaygroundState state) {
        PlaygroundSetup setup = state.setup();
        int[] trained = setup.trained();
        StringBuilder out = new StringBuilder(String.join(",", columns(setup))).append('\n');
        setup.replay(Descent.Plan.upTo(state.steps(), 1).withEach(step -> line(out, step, trained)));
        return out.toString();
    }

    private static void line(StringBuilder out, Step step, int[] trained) {
        out.append(step.index()).append(',').append(Numbers.compact(step.loss()));
        for (double v : step.network().parameters()) out.append(',').append(Numbers.compact(v));
        for (int i : trained) out.append(',').append(Numbers.compact(step.gradient()[i]));
        for (int i : trained) out.append(',').append(Numbers.compact(step.stepSizes()[i]));
        out.append('\n');
    }
}
