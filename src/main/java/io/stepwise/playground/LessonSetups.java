package io.stepwise.playground;

import io.stepwise.engine.Architecture;
import io.stepwise.engine.Parameter;
import io.stepwise.tutorial.AllParametersState;
import io.stepwise.tutorial.DosageExample;
import io.stepwise.tutorial.DpExample;
import io.stepwise.tutorial.LastBiasState;

/** Each lesson's current state as a playground state, for "open this in the playground". */
public final class LessonSetups {
    private LessonSetups() {}

    /** The dosage network with the fitted weights, only b3 training, at the lesson's step. */
    public static PlaygroundState lastBias(LastBiasState s, int step) {
        Architecture arch = DosageExample.ARCHITECTURE;
        PlaygroundSetup setup = new PlaygroundSetup(arch.sizes(), arch.hidden(), arch.output(), io.stepwise.engine.Loss.SSR,
                Start.Given.of(DosageExample.lastBiasStart(s.startB3())),
                TrainSet.of(arch, new int[] {Parameter.parse(arch, "b3").flatIndex(arch)}), DosageExample.DATA,
                s.learningRate(), s.tolerance(), LastBiasState.MAX_STEPS);
        return new PlaygroundState(setup, Math.min(step, LastBiasState.MAX_STEPS), false);
    }

    /** The dosage network from the all-parameters lesson's start, all seven training, at the lesson's step. */
    public static PlaygroundState allParameters(AllParametersState s, int step) {
        PlaygroundSetup d = PlaygroundSetup.DEFAULT;
        PlaygroundSetup setup = new PlaygroundSetup(d.layers(), d.hidden(), d.output(), d.loss(), d.start(), TrainSet.ALL, d.data(),
                s.learningRate(), s.tolerance(), AllParametersState.MAX_STEPS);
        return new PlaygroundState(setup, Math.min(step, AllParametersState.MAX_STEPS), false);
    }

    /** The lesson's network and data, every parameter training with the playground's default settings, at step 0. */
    public static PlaygroundState dynamicProgramming(DpExample example) {
        Architecture arch = example.network().architecture();
        PlaygroundSetup d = PlaygroundSetup.DEFAULT;
        PlaygroundSetup setup = new PlaygroundSetup(arch.sizes(), arch.hidden(), arch.output(), d.loss(),
                Start.Given.of(example.network()), TrainSet.ALL, example.data(), d.learningRate(), d.tolerance(), d.maxSteps());
        return new PlaygroundState(setup, 0, false);
    }
}
