package io.stepwise.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.stepwise.e2e.LastBiasLessonPage.query;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The dynamic-programming lesson in a real browser: fill the δ table layer by layer and compare with the path sum. */
@ExtendWith(BrowserExtension.class)
class DynamicProgrammingIT {
    static final String PATH = "/tutorials/dynamic-programming";

    @Test
    void filling_the_table_layer_by_layer_swaps_in_place_and_the_path_sum_agrees(Page page, BrowserHarness harness) {
        page.navigate(harness.url(PATH + "?shape=2-3-3-1&filled=0&param=w1&sample=2"));
        AtomicInteger loads = new AtomicInteger();
        page.onLoad(p -> loads.incrementAndGet());
        settled(page);

        assertThat(deltaCells(page, "new")).hasCount(0);
        fillNext(page).click();
        assertThat(page).hasURL(query("filled", "1"));
        assertThat(deltaCells(page, "new")).hasCount(1);
        assertThat(page.locator("#step-status")).containsText("Filled output");
        settled(page);

        fillNext(page).click();
        assertThat(page).hasURL(query("filled", "2"));
        assertThat(deltaCells(page, "new")).hasCount(3);
        assertThat(deltaCells(page, "reused")).hasCount(1);
        assertThat(page.locator(".formulas li")).hasCount(3);
        settled(page);

        fillNext(page).click();
        assertThat(page).hasURL(query("filled", "3"));
        assertThat(deltaCells(page, "new")).hasCount(3);
        assertThat(deltaCells(page, "reused")).hasCount(3);
        assertThat(page.locator("#step-status")).containsText("The table is full");
        assertThat(fillNext(page)).hasAttribute("aria-disabled", "true");
        settled(page);

        assertPathSumAgrees(page);
        assertAllThreeAgree(page);
        Accessibility.assertNoViolations(page, "the dynamic-programming lesson with the table full");
        BrowserHarness.screenshot(page, "dynamic-programming-full");

        page.goBack();
        assertThat(page).hasURL(query("filled", "2"));
        assertThat(deltaCells(page, "new")).hasCount(3);
        assertEquals(0, loads.get(), "no whole page was loaded");
    }

    @Test
    void choosing_another_parameter_lists_its_paths(Page page, BrowserHarness harness) {
        // With the table full no question is open, so no path product is hidden as "?".
        page.navigate(harness.url(PATH + "?shape=1-4-4-4-1&filled=4"));
        settled(page);
        page.getByLabel("Parameter", new Page.GetByLabelOptions().setExact(true)).selectOption("w5");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show paths")).click();
        assertThat(page).hasURL(query("param", "w5"));
        assertThat(page.locator("table.paths tbody tr")).hasCount(4);
        assertPathSumAgrees(page);
    }

    @Test
    @JavaScriptDisabled
    void without_javascript_the_fill_links_load_whole_pages(Page page, BrowserHarness harness) {
        AtomicInteger loads = new AtomicInteger();
        page.onLoad(p -> loads.incrementAndGet());
        page.navigate(harness.url(PATH));
        fillNext(page).click();
        assertThat(page).hasURL(query("filled", "1"));
        fillNext(page).click();
        assertThat(page).hasURL(query("filled", "2"));
        assertThat(deltaCells(page, "new")).hasCount(2);
        assertThat(page.locator("table.agreement tbody tr")).hasCount(7);
        assertPathSumAgrees(page);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Undo last layer")).click();
        assertThat(page).hasURL(query("filled", "1"));
        assertEquals(4, loads.get(), "one load per page");
    }

    private static Locator fillNext(Page page) {
        return page.locator("#fill-next");
    }

    private static Locator deltaCells(Page page, String status) {
        return page.locator("table.delta-table td.cell." + status);
    }

    private static void settled(Page page) {
        assertThat(page.locator(".htmx-request, .htmx-swapping, .htmx-settling, .htmx-added")).hasCount(0);
    }

    /** The sum of the listed path products equals δ × activation (both as full values). */
    private static void assertPathSumAgrees(Page page) {
        Locator foot = page.locator("table.paths tfoot tr");
        double sum = number(foot.nth(0).locator("td").last());
        double backprop = number(foot.nth(1).locator("td").last());
        assertEquals(backprop, sum, 1e-9 * (1 + Math.abs(sum)), "path sum vs δ × activation");
        double listed = 0;
        Locator products = page.locator("table.paths tbody td.num");
        for (int i = 0; i < products.count(); i++) listed += number(products.nth(i));
        assertEquals(sum, listed, 1e-9 * (1 + Math.abs(sum)), "sum of the listed products");
    }

    /** Backprop, path sums and finite differences agree for every parameter. */
    private static void assertAllThreeAgree(Page page) {
        Locator rows = page.locator("table.agreement tbody tr");
        assertTrue(rows.count() > 0);
        for (int i = 0; i < rows.count(); i++) {
            Locator cells = rows.nth(i).locator("td.num");
            double backprop = number(cells.nth(0));
            double paths = number(cells.nth(1));
            double numeric = number(cells.nth(2));
            assertEquals(backprop, paths, 1e-9 * (1 + Math.abs(backprop)));
            assertEquals(backprop, numeric, 1e-5 * (1 + Math.abs(backprop)));
        }
    }

    /** A cell's number in full: its data element's value, or its text where that is the whole value (0, 0.5). */
    private static double number(Locator cell) {
        Locator data = cell.locator("data");
        return Double.parseDouble(data.count() > 0 ? data.getAttribute("value") : cell.innerText().strip().replace('\u2212', '-'));
    }
}
