package io.stepwise.lessons.allparameters;

import io.stepwise.tutorial.LossTrend;
import io.stepwise.engine.Step;
import io.stepwise.formula.Formula;
import java.util.ArrayList;
import java.util.List;
import io.stepwise.tutorial.HistoryTable;
import io.stepwise.tutorial.DivergenceNotice;
import io.stepwise.tutorial.Num;
import io.stepwise.tutorial.Notation;

/**
 * What the "train all seven parameters" lesson shows for one state.
 *
 * @param history the states after current, current − 1, … updates, newest first: at most
 *                {@link #HISTORY_ROWS} of them, then the start
 * @param historyOmitted how many states between the listed ones and the start are left out
 * @param convergedAt the first step whose every |step size| is below the tolerance, or −1 if none
 *                    is within {@link AllParametersState#MAX_STEPS}
 * @param divergence what went wrong and where, or null
 * @param lastStep the last step that can be shown: {@link AllParametersState#MAX_STEPS}, or the
 *                 last one before or at a divergence
 * @param stoppedEarly the requested step could not be reached because the run blew up first
 * @param steps the engine's states from step 0 to the one shown, for the pictures
 * @param trend what SSR did at the step shown, when it did not fall; or null
 * @param nextLoss SSR after the step shown, all seven parameters moved; NaN when there is no next step
 */
public record AllParametersView(AllParametersState state, CurrentStep current, List<HistoryRow> history,
                                int convergedAt, DivergenceNotice divergence, int lastStep, boolean stoppedEarly, int historyOmitted,
                                List<Step> steps, LossTrend trend, double nextLoss) {
    /** Rows of the history table besides the start: a long run would otherwise send a megabyte of table. */
    public static final int HISTORY_ROWS = 100;

    public AllParametersView {
        steps = List.copyOf(steps);
    }

    /** One sample's way through the network: z = input sum and a = output of each hidden neuron. */
    public record ForwardRow(Num dosage, Num z1, Num a1, Num z2, Num a2, Num predicted, Num observed, Num residual,
                             Num squaredResidual) {}

    /** One sample's factors of a chain-rule product, in the order of the factors, and their product. */
    public record ChainRow(Num dosage, List<Num> factors, Num product) {}

    /**
     * One parameter at the current step: its chain rule written out, its gradient (the sum of the
     * products), step size = gradient × learning rate and new value = value − step size.
     *
     * @param chainRule dSSR/dθ = Σ of the factors, as a formula
     * @param settled |step size| is below the tolerance
     * @param worked step size = gradient × learning rate and new value = value − step size, with numbers
     */
    public record ParameterUpdate(Notation name, Notation gradientName, List<AllParametersLesson.Factor> factors,
                                  Formula chainRule, List<ChainRow> rows, Num value, Num gradient, Num stepSize,
                                  Num newValue, boolean settled, List<Formula> worked) {}

    /** The current state and the update it leads to; largestStep is the step size of largestName, the biggest in size. */
    public record CurrentStep(int index, Num ssr, Num learningRate, List<ForwardRow> samples,
                              List<ParameterUpdate> updates, String largestName, Num largestStep) {}

    /** The state after {@code step} updates: its SSR and every parameter's value, in lesson order. */
    public record HistoryRow(int step, Num ssr, List<Num> values) {}

    public boolean converged() { return convergedAt >= 0 && current.index() >= convergedAt; }

    public boolean diverged() { return divergence != null; }

    /** SSR at the converged step, which the "done" note quotes (the current step may lie beyond it). */
    public Num convergedSsr() { return Num.of(steps.get(convergedAt).loss()); }

    /** The state before any update: the starting values. */
    public HistoryRow start() { return history.get(history.size() - 1); }

    /** How many parameters still take a step at least as big as the tolerance. */
    public long unsettled() { return current.updates().stream().filter(u -> !u.settled()).count(); }

    /** One sentence for screen readers after each step. */
    public String announcement() { return announcement(true); }

    /** @param largestStep whether to name the largest step size, which an open question may ask for */
    public String announcement(boolean largestStep) {
        String text = "Step " + current.index() + ": SSR = " + current.ssr().display() + "."
                + (largestStep ? " The largest step size is " + current.largestStep().display() + ", for " + current.largestName() + "." : "");
        if (converged()) return text + " Every step size is below the tolerance: done.";
        if (diverged() && current.index() == lastStep) return text + " " + divergence.title() + ".";
        if (trend != null) return text + " " + trend.title() + ".";
        return text;
    }

    /** The history as the shared table draws it: newest first, then the steps left out, then the start. */
    public HistoryTable historyTable() {
        List<HistoryTable.Row> rows = new ArrayList<>();
        for (HistoryRow h : history) {
            if (h.step() == 0 && historyOmitted > 0) rows.add(HistoryTable.Row.gap(historyOmitted));
            List<Num> values = new ArrayList<>(List.of(h.ssr()));
            values.addAll(h.values());
            rows.add(HistoryTable.Row.of(h.step(), values));
        }
        List<Notation> columns = new ArrayList<>(List.of(Notation.text("Step"), Notation.text("SSR")));
        for (var u : current.updates()) columns.add(u.name());
        return new HistoryTable("history", Notation.text("SSR and the parameters after each update, newest first"),
                historyOmitted > 0 ? List.of("the " + (history.size() - 1) + " latest and the start; the SSR chart shows every step") : List.of(),
                columns, rows);
    }
}
