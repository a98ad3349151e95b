package io.stepwise.lessons.lastbias;

import io.stepwise.tutorial.LossTrend;
import io.stepwise.tutorial.RateSuggestion;
import io.stepwise.engine.Descent;
import io.stepwise.engine.Loss;
import io.stepwise.engine.Network;
import io.stepwise.engine.Parameter;
import io.stepwise.engine.Step;
import io.stepwise.engine.Trace;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import io.stepwise.tutorial.DivergenceNotice;
import io.stepwise.tutorial.HistoryWindow;
import io.stepwise.tutorial.Num;
import io.stepwise.tutorial.NetworkDiagram;
import io.stepwise.tutorial.DosageExample;

/** Computes what the "fit the last bias" lesson shows for a state. Knows nothing of the web. */
public final class LastBiasLesson {
    static final Parameter B3 = Parameter.parse(DosageExample.ARCHITECTURE, "b3");

    private LastBiasLesson() {}

    /**
     * Replays the descent from the starting b3 (cheap: three samples) to the current step, and on
     * until the tolerance is met (where "run until the step size is below the tolerance" ends) or
     * the run diverges: most requests replay a handful of updates, not the whole cap.
     */
    public static LastBiasView view(LastBiasState state) {
        Network start = DosageExample.lastBiasStart(state.startB3());
        int[] trained = {B3.flatIndex(DosageExample.ARCHITECTURE)};
        Descent.Settings settings = Descent.Settings.plain(Loss.SSR, state.learningRate(), trained,
                Math.max(state.steps(), LastBiasState.MAX_STEPS), state.tolerance());
        Trace trace = Descent.replay(start, DosageExample.DATA, settings, Descent.Plan.upTo(state.steps(), state.steps() + 1));
        List<Step> steps = trace.recent();
        Step current = trace.current();
        int shown = current.index();

        // The start and the newest states; the loss chart shows every step, the API every value.
        HistoryWindow window = HistoryWindow.of(shown, LastBiasView.HISTORY_ROWS);
        List<HistoryRow> history = new ArrayList<>();
        history.add(HistoryRow.of(steps.get(0), B3));
        for (int k = window.from(); k <= shown; k++) history.add(HistoryRow.of(steps.get(k), B3));
        NetworkDiagram diagram = NetworkDiagram.of(current.network(), List.of("dosage"),
                Set.of(B3.flatIndex(DosageExample.ARCHITECTURE)), null, null, "The dosage network at step " + current.index());
        Supplier<RateSuggestion> smaller = () -> smallerRate(state);
        DivergenceNotice divergence = trace.diverged() ? DivergenceNotice.of(trace.divergence(), "SSR", smaller.get()) : null;
        boolean settled = trace.convergedAt() >= 0 && shown >= trace.convergedAt();
        String swing = shown < 1 ? "" : "b3 swings between " + Num.of(steps.get(shown - 1).network().get(B3)).display() + " and "
                + Num.of(current.network().get(B3)).display();
        LossTrend trend = LossTrend.at(trace.losses(), shown, settled, "SSR", swing, smaller);
        return new LastBiasView(state, CurrentStep.of(current, B3, state.learningRate()), history, trace.convergedAt(),
                trace.lastStep(), divergence, trace.stoppedEarly(state.steps()), window.omitted(), diagram, steps,
                BOTTOM, trend);
    }

    /** A smaller learning rate that was tried from the same start, with the same tolerance and cap, and works; or null. */
    private static RateSuggestion smallerRate(LastBiasState state) {
        int[] trained = {B3.flatIndex(DosageExample.ARCHITECTURE)};
        Network start = DosageExample.lastBiasStart(state.startB3());
        return RateSuggestion.halving(state.learningRate(), RateSuggestion.TRIES,
                rate -> Descent.run(start, DosageExample.DATA, Descent.Settings.plain(Loss.SSR, rate, trained, LastBiasState.MAX_STEPS,
                        state.tolerance()), 1), io.stepwise.engine.Trace::convergedAt);
    }

    /** The same for every state: the rest of the network does not train. */
    private static final double BOTTOM = bottom();

    /**
     * The b3 where the slope is exactly 0, the bottom of the valley: SSR is lowest where the
     * residuals sum to 0, so b3 = mean of (observed − the rest of the prediction).
     */
    private static double bottom() {
        Network atZero = DosageExample.lastBiasStart(0);
        double[][] predicted = io.stepwise.engine.ForwardPass.run(atZero, DosageExample.DATA).predictions();
        double sum = 0;
        for (int s = 0; s < DosageExample.DATA.size(); s++) sum += DosageExample.DATA.target(s, 0) - predicted[s][0];
        return sum / DosageExample.DATA.size();
    }

    /** One sample's line in the current step's table. */
    public record SampleRow(Num dosage, Num observed, Num predicted, Num residual, Num squaredResidual, Num slopeTerm) {}

    /** The current state and the update it leads to. */
    public record CurrentStep(int index, Num b3, List<SampleRow> samples, Num ssr, Num slope,
                              Num learningRate, Num stepSize, Num newB3, double rawStepSize, double rawSlope,
                              List<io.stepwise.formula.Formula> worked) {
        static CurrentStep of(Step step, Parameter p, double learningRate) {
            List<SampleRow> rows = new ArrayList<>();
            for (int s = 0; s < step.predictions().length; s++) {
                double observed = DosageExample.DATA.target(s, 0);
                double predicted = step.predictions()[s][0];
                double residual = step.residuals()[s][0];
                rows.add(new SampleRow(Num.of(DosageExample.DATA.input(s, 0)), Num.of(observed), Num.of(predicted),
                        Num.of(residual), Num.of(residual * residual), Num.of(-2 * residual)));
            }
            double b3 = step.network().get(p);
            return new CurrentStep(step.index(), Num.of(b3), rows, Num.of(step.loss()), Num.of(step.gradient(p)),
                    Num.of(learningRate), Num.of(step.stepSize(p)), Num.of(b3 - step.stepSize(p)),
                    step.stepSize(p), step.gradient(p),
                    LastBiasFormulas.worked(step, b3, learningRate, step.stepSize(p)));
        }
    }

    /** The state after {@code step} updates: b3, the loss and slope there, and the update taken from it. */
    public record HistoryRow(int step, Num b3, Num ssr, Num slope, Num stepSize, Num newB3) {
        static HistoryRow of(Step step, Parameter p) {
            double b3 = step.network().get(p);
            return new HistoryRow(step.index(), Num.of(b3), Num.of(step.loss()), Num.of(step.gradient(p)),
                    Num.of(step.stepSize(p)), Num.of(b3 - step.stepSize(p)));
        }
    }
}
