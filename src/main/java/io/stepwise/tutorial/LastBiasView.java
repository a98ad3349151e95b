package io.stepwise.tutorial;

import io.stepwise.engine.Step;
import java.util.List;

/**
 * What the "fit the last bias" lesson shows for one state.
 *
 * @param convergedAt the first step whose |step size| is below the tolerance, or −1 if none is
 *                    within {@link LastBiasState#MAX_STEPS}
 * @param divergedAt the step at which a value stopped being finite, or −1
 * @param history the updates taken, oldest first: the {@link #HISTORY_ROWS} newest of them
 * @param stoppedEarly the requested step could not be reached because the run diverged
 * @param historyOmitted how many earlier updates the history leaves out
 * @param diagram the network with the current b3
 * @param steps the engine's states from step 0 to the one shown, for the pictures
 */
public record LastBiasView(LastBiasState state, LastBiasLesson.CurrentStep current,
                           List<LastBiasLesson.HistoryRow> history, int convergedAt, int divergedAt,
                           boolean stoppedEarly, int historyOmitted, NetworkDiagram diagram, List<Step> steps) {
    /** Rows of the history table: a long run would otherwise send most of a megabyte of table. */
    public static final int HISTORY_ROWS = 100;

    public LastBiasView {
        steps = List.copyOf(steps);
    }

    public boolean converged() { return convergedAt >= 0 && current.index() >= convergedAt; }

    /** One sentence for screen readers after each step. */
    public String announcement() {
        String text = "Step " + current.index() + ": b3 = " + current.b3().display() + ", SSR = " + current.ssr().display()
                + ", slope = " + current.slope().display() + ", next step size = " + current.stepSize().display() + ".";
        return converged() ? text + " The step size is below the tolerance: done." : text;
    }
}
