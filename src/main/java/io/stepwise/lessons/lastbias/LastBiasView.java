package io.stepwise.lessons.lastbias;

import io.stepwise.tutorial.LossTrend;
import io.stepwise.engine.Step;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import io.stepwise.tutorial.HistoryTable;
import io.stepwise.tutorial.Notation;
import io.stepwise.tutorial.DivergenceNotice;
import io.stepwise.tutorial.Num;
import io.stepwise.tutorial.NetworkDiagram;

/**
 * What the "fit the last bias" lesson shows for one state.
 *
 * @param convergedAt the first step whose |step size| is below the tolerance, or −1 if none is
 *                    within {@link LastBiasState#MAX_STEPS}
 * @param lastStep the furthest step the controls may go to: {@link LastBiasState#MAX_STEPS}, or the
 *                 last one before or at a divergence
 * @param divergence what went wrong and where, or null
 * @param history the start, then the {@link #HISTORY_ROWS} newest states up to the current one,
 *                oldest first: row k is the state after k updates and the update taken from it
 * @param stoppedEarly the requested step could not be reached because the run diverged
 * @param historyOmitted how many states between the start and the listed ones are left out
 * @param diagram the network with the current b3
 * @param steps the engine's states from step 0 to the one shown, for the pictures
 * @param bottomB3 the b3 where the slope is exactly 0, which the run approaches
 * @param trend what the loss did at the step shown, when it did not fall; or null
 */
public record LastBiasView(LastBiasState state, LastBiasLesson.CurrentStep current,
                           List<LastBiasLesson.HistoryRow> history, int convergedAt, int lastStep,
                           DivergenceNotice divergence, boolean stoppedEarly, int historyOmitted, NetworkDiagram diagram, List<Step> steps,
                           double bottomB3, LossTrend trend) {
    /** Rows of the history table besides the start: a long run would otherwise send most of a megabyte of table. */
    public static final int HISTORY_ROWS = 100;
    /** The history table's caption and column heads, the same on every page. */
    private static final Notation CAPTION = Notation.of("History: b_3 after each step and the update taken from it");
    private static final List<Notation> COLUMNS = Stream.of("Step", "b_3", "SSR", "Slope", "Step size", "New b_3").map(Notation::of).toList();

    public LastBiasView {
        steps = List.copyOf(steps);
    }

    public boolean converged() { return convergedAt >= 0 && current.index() >= convergedAt; }

    public boolean diverged() { return divergence != null; }

    /** b3 at the converged step, which the "done" note quotes (the current step may lie beyond it). */
    public Num convergedB3() { return Num.of(steps.get(convergedAt).network().get(LastBiasLesson.B3)); }

    /** The bottom of the valley, for the "done" note. */
    public Num bottom() { return Num.of(bottomB3); }

    /** The start: the history's first row. */
    public LastBiasLesson.HistoryRow start() { return history.get(0); }

    /** The newest states, after the start. */
    public List<LastBiasLesson.HistoryRow> latest() { return history.subList(1, history.size()); }

    /** One sentence for screen readers after each step. */
    public String announcement() {
        String text = "Step " + current.index() + ": b3 = " + current.b3().display() + ", SSR = " + current.ssr().display()
                + ", slope = " + current.slope().display() + ", next step size = " + current.stepSize().display() + ".";
        if (converged()) return text + " The step size is below the tolerance: done.";
        if (diverged() && current.index() == lastStep) return text + " " + divergence.title() + ".";
        if (trend != null) return text + " " + trend.title() + ".";
        return text;
    }

    /** The history as the shared table draws it: the start, the steps left out, then the latest states. */
    public HistoryTable historyTable() {
        List<HistoryTable.Row> rows = new ArrayList<>();
        for (LastBiasLesson.HistoryRow h : history) {
            rows.add(HistoryTable.Row.of(h.step(), List.of(h.b3(), h.ssr(), h.slope(), h.stepSize(), h.newB3())));
            if (h.step() == 0 && historyOmitted > 0) rows.add(HistoryTable.Row.gap(historyOmitted));
        }
        return new HistoryTable("history", CAPTION,
                historyOmitted > 0 ? List.of("the start and the " + latest().size() + " latest; the loss chart shows every step") : List.of(),
                COLUMNS, rows);
    }
}
