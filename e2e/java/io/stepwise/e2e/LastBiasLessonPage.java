package io.stepwise.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;

/**
 * The "fit the last bias" lesson as a reader finds it: controls, headings, tables and the live
 * region, located by role and label so the tests read like the page does.
 */
public final class LastBiasLessonPage {
    public static final String PATH = "/tutorials/last-bias";

    private final Page page;

    public LastBiasLessonPage(Page page) { this.page = page; }

    /** Opens the lesson with its defaults. */
    public Response open() { return page.navigate(PATH); }

    /** Opens the lesson with a query string, e.g. {@code "b3=0&lr=0.1&tol=0.001&steps=2"}. */
    public Response open(String query) { return page.navigate(PATH + "?" + query); }

    public Page page() { return page; }

    public Locator nextStep() { return link("Next step"); }

    public Locator previousStep() { return link("Previous step"); }

    /** The "Run until |step size| < tolerance" control. */
    public Locator runSteps() {
        return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile("^Run until \\|step size\\| < ")));
    }

    public Locator reset() { return link("Reset"); }

    /** A control by its element id, whether it is a link or shown disabled. */
    public Locator control(String id) { return page.locator("#" + id); }

    /** The region each step replaces. */
    public Locator lessonState() { return page.locator("#lesson-state"); }

    /** "Step k: b3 = …" */
    public Locator stepHeading() {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(Pattern.compile("^Step \\d+: b3 = ")));
    }

    /** The predictions at the current b3, captioned "Each sample at b3 = …". */
    public Locator samplesTable() {
        return page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName(Pattern.compile("^Each sample at b3 = ")));
    }

    public Locator historyTable() {
        return page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName(Pattern.compile("^History")));
    }

    /** The history's data rows (each starts with its step number as a row header). */
    public Locator historyRows() {
        return historyTable().getByRole(AriaRole.ROW)
                .filter(new Locator.FilterOptions().setHas(page.getByRole(AriaRole.ROWHEADER)));
    }

    /** The "New b3" cell of the history row of a step (0-based). */
    public Locator historyNewB3(int step) {
        return historyRows().nth(step).getByRole(AriaRole.CELL).last();
    }

    /** The live region that announces each step. */
    public Locator status() { return page.getByRole(AriaRole.STATUS); }

    /** The note shown once the step size is below the tolerance. */
    public Locator doneNote() { return page.getByText(Pattern.compile("^\\s*Done:")); }

    public Locator startingB3() { return label("Starting b3"); }

    public Locator learningRate() { return label("Learning rate"); }

    public Locator tolerance() { return label("Tolerance"); }

    public Locator applySettings() {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Apply and start over"));
    }

    /**
     * Waits until htmx has finished every request, swap and settle. htmx wires up swapped-in
     * controls only when the swap settles (about 20 ms later); a click before that would follow the
     * plain link instead. Call this after an assertion on the new content and before the next click.
     */
    public void assertSettled() {
        assertThat(page.locator(".htmx-request, .htmx-swapping, .htmx-settling, .htmx-added")).hasCount(0);
    }

    /**
     * Matches a URL whose query has {@code name=value}. The pattern runs in the browser as a
     * JavaScript regular expression, so it escapes characters one by one (JavaScript has no quoting like Java's).
     */
    public static Pattern query(String name, String value) {
        return Pattern.compile("[?&]" + escape(name) + "=" + escape(value) + "(&|$)");
    }

    /** Matches a URL whose path is {@code path}, with or without a query. */
    public static Pattern path(String path) {
        return Pattern.compile("^[a-z]+://[^/]+" + escape(path) + "(\\?|$)");
    }

    private static String escape(String literal) {
        return literal.replaceAll("[\\\\^$.|?*+()\\[\\]{}]", "\\\\$0");
    }

    private Locator label(String text) {
        return page.getByLabel(text, new Page.GetByLabelOptions().setExact(true));
    }

    private Locator link(String name) {
        return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true));
    }
}
