package io.stepwise.web.lesson;

import io.stepwise.playground.HistoryCsv;
import io.stepwise.playground.Numbers;
import io.stepwise.playground.Playground;
import io.stepwise.playground.PlaygroundState;
import io.stepwise.playground.PlaygroundUrl;
import io.stepwise.playground.PlaygroundView;
import io.stepwise.playground.SetupForm;
import io.stepwise.web.Paths;
import io.stepwise.web.page.PlaygroundLink;
import io.stepwise.web.page.StepControls;
import java.util.Map;

/**
 * The playground page: the setup form, and, when the setup can be used, the run's view with its
 * controls, export links and the loss scale toggle.
 *
 * @param view null when the form has errors
 * @param controls null when the form has errors or not even the start can be computed
 * @param csvUrl null when the history is too large to export
 * @param detailFields the permalink's fields but the chosen parameter: the parameter picker's hidden inputs
 */
public record PlaygroundPage(SetupForm form, PlaygroundView view, StepControls controls, String selfUrl, String csvUrl,
                             String jsonUrl, String linearUrl, String logUrl, Map<String, String> detailFields) {

    /** The page for a state that works. */
    static PlaygroundPage of(PlaygroundState state) {
        PlaygroundView view = Playground.view(state);
        StepControls controls = null;
        if (view.hasStep()) {
            controls = StepControls.of(k -> url(state.withSteps(k)), view.current().index(), view.lastStep(), view.convergedAt(),
                    "Run until every |step size| < " + Numbers.compact(state.setup().tolerance()));
        }
        PlaygroundState shown = view.hasStep() ? state.withSteps(view.current().index()) : state;
        String query = PlaygroundUrl.query(shown);
        return new PlaygroundPage(SetupForm.of(state), view, controls, url(shown),
                HistoryCsv.exportable(shown) ? Paths.PLAYGROUND_CSV + "?" + query : null, Paths.PLAYGROUND_JSON + "?" + query,
                url(shown.withLogLoss(false)), url(shown.withLogLoss(true)), PlaygroundUrl.fields(shown.withDetail(null)));
    }

    /** The page for a setup that cannot be used: the form with its errors, nothing else. */
    static PlaygroundPage invalid(SetupForm form) {
        return new PlaygroundPage(form, null, null, Paths.PLAYGROUND, null, null, null, null, Map.of());
    }

    /** The canonical permalink of a state. */
    public static String url(PlaygroundState state) { return PlaygroundLink.url(state); }

    public boolean logLoss() { return view != null && view.state().logLoss(); }

    /** The sentence the live region reads out. */
    public String announcement() {
        if (view == null) {
            int n = form.errors().size();
            return "The setup has " + (n == 1 ? "a problem" : n + " problems") + ": " + form.problems().get(0).message();
        }
        return view.announcement();
    }

    /** The first sentence of the error summary. */
    public String problemCount() {
        int n = form.errors().size();
        return n == 1 ? "One field needs a change before this setup can run; it is marked below."
                : n + " fields need a change before this setup can run; each is marked below.";
    }
}
