package io.stepwise.web.page;

import io.stepwise.chart.Chart;
import io.stepwise.lesson.Param;
import java.util.List;

/**
 * The pictures of a descent lesson's current step (SSR against a parameter, the fit, SSR after each
 * step), the two links that show the SSR history on a linear or a log scale, and, where the
 * lesson trains several parameters, the form that picks which one the loss curve varies.
 *
 * @param focus the parameter picker, or null when there is only one parameter
 */
public record ChartPanel(Chart lossCurve, Chart fit, Chart history, boolean logLoss, String linearUrl, String logUrl,
                         FocusForm focus) {

    public ChartPanel(Chart lossCurve, Chart fit, Chart history, boolean logLoss, String linearUrl, String logUrl) {
        this(lossCurve, fit, history, logLoss, linearUrl, logUrl, null);
    }

    /**
     * A GET form to the lesson's own path that changes only the focus: every other part of the state
     * rides along as a hidden field.
     */
    public record FocusForm(String action, List<Param> hidden, List<String> options, String selected) {
        public FocusForm {
            hidden = List.copyOf(hidden);
            options = List.copyOf(options);
        }
    }
}
