package io.stepwise.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;

/**
 * The "train all seven parameters" lesson as a reader finds it: controls, headings, the forward
 * pass, the update, each parameter's chain-rule table, the history and the live region, located
 * by role and label.
 */
public final class AllParametersLessonPage {
    public static final String PATH = "/tutorials/all-parameters";

    private final Page page;

    public AllParametersLessonPage(Page page) { this.page = page; }

    /** Opens the lesson with its defaults. */
    public Response open() { return page.navigate(PATH); }

    /** Opens the lesson with a query string, e.g. {@code "lr=0.1&tol=0.001&steps=2"}. */
    public Response open(String query) { return page.navigate(PATH + "?" + query); }

    public Locator nextStep() { return link("Next step"); }

    public Locator previousStep() { return link("Previous step"); }

    /** The "Run until every |step size| < tolerance" control. */
    public Locator runSteps() {
        return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile("^Run until every \\|step size\\| < ")));
    }

    public Locator reset() { return link("Reset"); }

    /** "Step k: SSR = …" */
    public Locator stepHeading() {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(Pattern.compile("^Step \\d+: SSR = ")));
    }

    /** Each sample through the network: x₁, y₁, x₂, y₂, predicted, residual. */
    public Locator forwardTable() { return table("^Forward pass at step \\d+"); }

    /** Every parameter's value, gradient, step size and new value at the current step. */
    public Locator updateTable() { return table("^The update at step \\d+"); }

    /** The row of one parameter, e.g. "w1", in the update table. */
    public Locator updateRow(String parameter) {
        return updateTable().getByRole(AriaRole.ROW, new Locator.GetByRoleOptions().setName(Pattern.compile("^" + parameter + " ")));
    }

    /** The chain-rule table of one parameter, e.g. "b3". */
    public Locator chainTable(String parameter) { return table("^Chain rule for " + parameter + " at step \\d+"); }

    public Locator historyTable() { return table("^SSR and the parameters after each update"); }

    /** The history's data rows, newest first (each starts with its step number as a row header). */
    public Locator historyRows() {
        return historyTable().getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHas(page.getByRole(AriaRole.ROWHEADER)));
    }

    /** The live region that announces each step. */
    public Locator status() { return page.getByRole(AriaRole.STATUS); }

    /** The note shown once every step size is below the tolerance. */
    public Locator doneNote() { return page.getByText(Pattern.compile("^\\s*Done:")); }

    /** The note shown when the learning rate makes the run blow up. */
    public Locator divergenceNote() { return page.locator("#lesson-divergence"); }

    public Locator learningRate() { return page.getByLabel("Learning rate", new Page.GetByLabelOptions().setExact(true)); }

    public Locator tolerance() { return page.getByLabel("Tolerance", new Page.GetByLabelOptions().setExact(true)); }

    public Locator applySettings() {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Apply and start over"));
    }

    /** Waits until htmx has finished every request, swap and settle; see {@link LastBiasLessonPage#assertSettled()}. */
    public void assertSettled() {
        assertThat(page.locator(".htmx-request, .htmx-swapping, .htmx-settling, .htmx-added")).hasCount(0);
    }

    private Locator table(String captionPattern) {
        return page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName(Pattern.compile(captionPattern)));
    }

    private Locator link(String name) {
        return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true));
    }
}
