package io.stepwise.web;

import io.stepwise.exercise.Exercise;
import io.stepwise.exercise.ExerciseLesson;
import io.stepwise.exercise.Quantity;
import io.stepwise.tutorial.AllParametersCharts;
import io.stepwise.tutorial.AllParametersLesson;
import io.stepwise.tutorial.AllParametersState;
import io.stepwise.tutorial.AllParametersView;
import io.stepwise.tutorial.AllParametersView.ParameterUpdate;
import java.util.ArrayList;
import java.util.List;

/** The "train all seven parameters" page: the lesson's view, its controls, its pictures and its "Your turn" exercise. */
public record AllParametersPage(AllParametersView view, StepControls controls, ChartPanel charts, ExerciseBox exercise) {

    static AllParametersPage of(AllParametersView view) { return of(view, AllParametersCharts.DEFAULT_FOCUS, false); }

    static AllParametersPage of(AllParametersView view, String focus, boolean logLoss) {
        return of(view, focus, logLoss, ExerciseRequest.none(ExerciseLesson.ALL_PARAMETERS));
    }

    /**
     * @param focus the parameter the loss curve varies
     * @param logLoss whether the SSR history is drawn on a log scale; every link keeps both choices
     * @param exercise the exercise set, seed and answer; every link keeps the set and seed
     */
    static AllParametersPage of(AllParametersView view, String focus, boolean logLoss, ExerciseRequest exercise) {
        AllParametersState s = view.state();
        String carry = exercise.carry();
        StepControls controls = StepControls.of(k -> url(s.withSteps(k), focus, logLoss) + carry, view.current().index(),
                view.lastStep(), view.convergedAt(), "Run until every |step size| < " + QueryParams.plain(s.tolerance()));
        ExerciseBox box = ExerciseBox.allParameters(view, focus, logLoss, exercise, controls.nextUrl());
        ParameterUpdate drawn = view.current().updates().stream().filter(u -> u.name().plain().equals(focus)).findFirst().orElseThrow();
        return new AllParametersPage(view, controls,
                charts(view, focus, logLoss, exercise, !concealsGradient(box, drawn), !concealsNewValue(box, drawn)), box);
    }

    /** The canonical permalink of a state. */
    static String url(AllParametersState s) { return url(s, AllParametersCharts.DEFAULT_FOCUS, false); }

    static String url(AllParametersState s, String focus, boolean logLoss) {
        return Paths.ALL_PARAMETERS + "?" + Paths.Q_LEARNING_RATE + "=" + QueryParams.plain(s.learningRate())
                + "&" + Paths.Q_TOLERANCE + "=" + QueryParams.plain(s.tolerance())
                + "&" + Paths.Q_STEPS + "=" + s.steps()
                + (focus.equals(AllParametersCharts.DEFAULT_FOCUS) ? "" : "&" + Paths.Q_FOCUS + "=" + focus)
                + (logLoss ? "&" + Paths.Q_LOG_LOSS + "=1" : "");
    }

    private static ChartPanel charts(AllParametersView view, String focus, boolean logLoss, ExerciseRequest exercise,
                                     boolean showSlope, boolean showNext) {
        AllParametersCharts c = AllParametersCharts.of(view, focus, logLoss, showSlope, showNext);
        AllParametersState shown = view.state().withSteps(view.current().index());
        String carry = exercise.carry();
        List<ChartPanel.Field> hidden = new ArrayList<>(List.of(
                new ChartPanel.Field(Paths.Q_LEARNING_RATE, QueryParams.plain(shown.learningRate())),
                new ChartPanel.Field(Paths.Q_TOLERANCE, QueryParams.plain(shown.tolerance())),
                new ChartPanel.Field(Paths.Q_STEPS, Integer.toString(shown.steps()))));
        if (logLoss) hidden.add(new ChartPanel.Field(Paths.Q_LOG_LOSS, "1"));
        for (ExerciseBox.Field f : exercise.carried()) hidden.add(new ChartPanel.Field(f.name(), f.value()));
        return new ChartPanel(c.lossCurve(), c.fit(), c.history(), logLoss, url(shown, focus, false) + carry, url(shown, focus, true) + carry,
                new ChartPanel.FocusForm(Paths.ALL_PARAMETERS, hidden, AllParametersCharts.parameterNames(), focus));
    }

    /** Hidden fields that keep the pictures' choices when the settings form starts over. */
    public List<ChartPanel.Field> chartFields() {
        List<ChartPanel.Field> fields = new ArrayList<>();
        String focus = charts.focus().selected();
        if (!focus.equals(AllParametersCharts.DEFAULT_FOCUS)) fields.add(new ChartPanel.Field(Paths.Q_FOCUS, focus));
        if (charts.logLoss()) fields.add(new ChartPanel.Field(Paths.Q_LOG_LOSS, "1"));
        return fields;
    }

    /** What the live region reads after a step: the verdict on an answer when one was checked, else the step and the question. */
    public String announcement() {
        if (exercise.announcement() != null) return exercise.announcement();
        if (!exercise.open()) return view.announcement();
        return view.announcement(false) + " Your turn: " + exercise.exercise().question();
    }

    /*
     * While the "Your turn" question is open, the numbers that would give its answer away are shown
     * as "?". A chain-rule factor of one sample hides that factor wherever it appears (dSSR/dpredicted
     * is in every rule, dy1/dx1 in those of w1 and b1), the products it is part of, and everything
     * computed from those rules: the sums (the gradients), the step sizes and the new values. A
     * gradient hides that parameter's sum, step size and new value; a step size, the step size and
     * the new value; a new value, only itself. The loss curve leaves out its tangent or the point
     * where the step lands in the same way.
     */

    /** A factor cell of a chain-rule table: the asked factor of the asked sample, in every rule that contains it. */
    public boolean concealsFactor(ParameterUpdate u, int sample, int factor) {
        return containsAskedFactor(exercise, u) && sample == exercise.exercise().sample()
                && u.factors().get(factor).source().equals(exercise.exercise().factor());
    }

    /** A sample's product of a chain-rule table, when the asked factor is one of its factors. */
    public boolean concealsProduct(ParameterUpdate u, int sample) {
        return containsAskedFactor(exercise, u) && sample == exercise.exercise().sample();
    }

    /** A parameter's gradient: the sum of its chain-rule table and its gradient in the update table. */
    public boolean concealsGradient(ParameterUpdate u) { return concealsGradient(exercise, u); }

    /** A parameter's step size, in the update table and in its worked step. */
    public boolean concealsStepSize(ParameterUpdate u) { return concealsStepSize(exercise, u); }

    /** A parameter's new value, in the update table and in its worked step. */
    public boolean concealsNewValue(ParameterUpdate u) { return concealsNewValue(exercise, u); }

    private static boolean concealsGradient(ExerciseBox box, ParameterUpdate u) {
        return containsAskedFactor(box, u) || asks(box, Quantity.GRADIENT, u);
    }

    private static boolean concealsStepSize(ExerciseBox box, ParameterUpdate u) {
        return concealsGradient(box, u) || asks(box, Quantity.STEP_SIZE, u);
    }

    private static boolean concealsNewValue(ExerciseBox box, ParameterUpdate u) {
        return concealsStepSize(box, u) || asks(box, Quantity.NEW_VALUE, u);
    }

    /** The open question asks for a chain-rule factor that this parameter's rule contains. */
    private static boolean containsAskedFactor(ExerciseBox box, ParameterUpdate u) {
        Exercise e = box.exercise();
        if (!box.open() || e.quantity() != Quantity.CHAIN_FACTOR) return false;
        for (AllParametersLesson.Factor f : u.factors()) if (f.source().equals(e.factor())) return true;
        return false;
    }

    /** The open question asks for this quantity of this parameter. */
    private static boolean asks(ExerciseBox box, Quantity quantity, ParameterUpdate u) {
        Exercise e = box.exercise();
        return box.open() && e.quantity() == quantity && u.name().plain().equals(e.parameter());
    }

    /** Settings as typed: exact, without display rounding. */
    public String learningRateText() { return QueryParams.plain(view.state().learningRate()); }

    public String toleranceText() { return QueryParams.plain(view.state().tolerance()); }

    public String maxLearningRateText() { return QueryParams.plain(AllParametersState.MAX_LEARNING_RATE); }

    public String maxToleranceText() { return QueryParams.plain(AllParametersState.MAX_TOLERANCE); }
}
