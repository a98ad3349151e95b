package io.stepwise.web;

import io.stepwise.tutorial.AllParametersCharts;
import io.stepwise.tutorial.AllParametersState;
import io.stepwise.tutorial.AllParametersView;
import java.util.ArrayList;
import java.util.List;

/** The "train all seven parameters" page: the lesson's view, its controls and its pictures. */
public record AllParametersPage(AllParametersView view, StepControls controls, ChartPanel charts) {

    static AllParametersPage of(AllParametersView view) { return of(view, AllParametersCharts.DEFAULT_FOCUS, false); }

    /**
     * @param focus the parameter the loss curve varies
     * @param logLoss whether the SSR history is drawn on a log scale; every link keeps both choices
     */
    static AllParametersPage of(AllParametersView view, String focus, boolean logLoss) {
        AllParametersState s = view.state();
        return new AllParametersPage(view, StepControls.of(k -> url(s.withSteps(k), focus, logLoss), view.current().index(),
                view.lastStep(), view.convergedAt(), "Run until every |step size| < " + QueryParams.plain(s.tolerance())),
                charts(view, focus, logLoss));
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

    private static ChartPanel charts(AllParametersView view, String focus, boolean logLoss) {
        AllParametersCharts c = AllParametersCharts.of(view, focus, logLoss);
        AllParametersState shown = view.state().withSteps(view.current().index());
        List<ChartPanel.Field> hidden = new ArrayList<>(List.of(
                new ChartPanel.Field(Paths.Q_LEARNING_RATE, QueryParams.plain(shown.learningRate())),
                new ChartPanel.Field(Paths.Q_TOLERANCE, QueryParams.plain(shown.tolerance())),
                new ChartPanel.Field(Paths.Q_STEPS, Integer.toString(shown.steps()))));
        if (logLoss) hidden.add(new ChartPanel.Field(Paths.Q_LOG_LOSS, "1"));
        return new ChartPanel(c.lossCurve(), c.fit(), c.history(), logLoss, url(shown, focus, false), url(shown, focus, true),
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

    /** Settings as typed: exact, without display rounding. */
    public String learningRateText() { return QueryParams.plain(view.state().learningRate()); }

    public String toleranceText() { return QueryParams.plain(view.state().tolerance()); }

    public String maxLearningRateText() { return QueryParams.plain(AllParametersState.MAX_LEARNING_RATE); }

    public String maxToleranceText() { return QueryParams.plain(AllParametersState.MAX_TOLERANCE); }
}
