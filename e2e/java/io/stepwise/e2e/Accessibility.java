package io.stepwise.e2e;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;
import java.util.List;

/** Runs axe-core on what a page shows now and fails with every violation spelled out. */
public final class Accessibility {
    private Accessibility() {}

    /**
     * Fails if axe-core finds any violation of its default rules (WCAG 2.x A and AA, and its best
     * practices) on the page as it is now.
     *
     * @param where names the page in the failure message, e.g. "lesson at step 2"
     * @param onlyRules axe rule ids to run instead of all, e.g. "color-contrast"; none means all
     */
    public static void assertNoViolations(Page page, String where, String... onlyRules) {
        AxeBuilder axe = new AxeBuilder(page);
        if (onlyRules.length > 0) axe.withRules(List.of(onlyRules));
        AxeResults results = axe.analyze();
        if (results.getErrorMessage() != null) {
            throw new AssertionError("axe-core could not check " + where + ": " + results.getErrorMessage());
        }
        if (results.getPasses() == null || results.getPasses().isEmpty()) {
            throw new AssertionError("axe-core checked nothing on " + where + " (" + page.url() + ")");
        }
        List<Rule> violations = results.getViolations();
        if (!violations.isEmpty()) throw new AssertionError(describe(where, page.url(), violations));
    }

    /** One paragraph per rule: its id, impact and help, then each element with its selector and HTML. */
    static String describe(String where, String url, List<Rule> violations) {
        StringBuilder out = new StringBuilder()
                .append(violations.size()).append(" accessibility rule(s) violated on ").append(where)
                .append(" (").append(url).append("):");
        for (Rule rule : violations) {
            out.append("\n\n- ").append(rule.getId()).append(" [").append(rule.getImpact()).append("] ")
                    .append(rule.getHelp()).append(" (").append(rule.getHelpUrl()).append(')');
            for (CheckedNode node : rule.getNodes()) {
                out.append("\n    at ").append(node.getTarget()).append(": ").append(node.getHtml());
                String summary = node.getFailureSummary();
                if (summary != null) out.append("\n      ").append(summary.replace("\n", "\n      "));
            }
        }
        return out.toString();
    }
}
