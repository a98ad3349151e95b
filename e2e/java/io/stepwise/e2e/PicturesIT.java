package io.stepwise.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.stepwise.e2e.LastBiasLessonPage.query;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.options.ColorScheme;
import com.microsoft.playwright.options.Media;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The lessons' charts in a real browser: they follow each step (htmx swaps and whole pages alike),
 * keep their scale and focus choices, load nothing from another origin, pass axe-core, and stay
 * readable at phone and laptop widths, in light and dark, on screen and in print. Screenshots go
 * to target/screenshots/pictures/.
 */
@ExtendWith(BrowserExtension.class)
class PicturesIT {
    static final String LAST_BIAS = "/tutorials/last-bias";
    static final String ALL_PARAMETERS = "/tutorials/all-parameters";
    static final String DYNAMIC_PROGRAMMING = "/tutorials/dynamic-programming";
    static final String CHART_IDS = "#chart-loss-curve, #chart-fit, #chart-history";
    /** Phone and laptop viewports. */
    static final int[][] VIEWPORTS = {{390, 844}, {1280, 900}};

    /** Where a chart's current point and tangent are, to compare before and after a step. */
    record Picture(String cx, String cy, String tangent, String historyCx) {
        static Picture of(Page page) {
            Locator current = page.locator("#chart-loss-curve .chart-svg circle.marker.current");
            Locator tangent = page.locator("#chart-loss-curve .chart-svg line.segment.tangent");
            // No tangent while a "Your turn" question asks for the slope.
            String line = tangent.count() == 0 ? "none"
                    : tangent.getAttribute("x1") + "," + tangent.getAttribute("y1") + " " + tangent.getAttribute("x2") + "," + tangent.getAttribute("y2");
            return new Picture(current.getAttribute("cx"), current.getAttribute("cy"), line,
                    page.locator("#chart-history .chart-svg circle.marker.current").getAttribute("cx"));
        }

        double x() { return Double.parseDouble(cx); }

        double y() { return Double.parseDouble(cy); }
    }

    /** Every URL the page requests, to check that none leaves the server. */
    static List<String> recordRequests(Page page) {
        List<String> urls = Collections.synchronizedList(new ArrayList<>());
        page.onRequest(request -> urls.add(request.url()));
        return urls;
    }

    static void assertSameOrigin(BrowserHarness harness, List<String> urls) {
        assertTrue(!urls.isEmpty(), "requests were recorded");
        for (String url : urls) {
            assertTrue(url.startsWith(harness.baseUrl() + "/") || url.startsWith("data:"), "request to another origin: " + url);
        }
    }

    static void assertSettled(Page page) {
        assertThat(page.locator(".htmx-request, .htmx-swapping, .htmx-settling, .htmx-added")).hasCount(0);
    }

    /**
     * A chart by the start of its accessible name (its title; the description follows). The name is
     * escaped by hand: Playwright hands the pattern to JavaScript, which knows no \Q…\E.
     */
    static Locator chartImage(Page page, String title) {
        String escaped = title.replaceAll("[\\\\^$.|?*+()\\[\\]{}]", "\\\\$0");
        return page.getByRole(AriaRole.IMG, new Page.GetByRoleOptions().setName(Pattern.compile("^" + escaped + "( |$)")));
    }

    @Test
    void last_bias_pictures_follow_each_step_and_keep_the_log_scale(Page page, BrowserHarness harness) {
        List<String> urls = recordRequests(page);
        LastBiasLessonPage lesson = new LastBiasLessonPage(page);
        lesson.open();
        assertThat(chartImage(page, "SSR against b3, with the tangent at step 0")).isVisible();
        assertThat(chartImage(page, "The fit at step 0: predictions and data")).isVisible();
        assertThat(chartImage(page, "SSR after each step")).isVisible();
        assertThat(page.locator("#chart-loss-curve desc")).containsText("lowest point is at b3 ≈ 2.61");
        Picture start = Picture.of(page);

        lesson.nextStep().click();
        // Step 1's "Your turn" question asks for the slope, so the tangent waits for the answer.
        assertThat(chartImage(page, "SSR against b3 at step 1")).isVisible();
        assertSettled(page);
        lesson.nextStep().click();
        assertThat(chartImage(page, "SSR against b3, with the tangent at step 2")).isVisible();
        assertSettled(page);
        assertThat(page).hasURL(query("steps", "2"));
        Picture two = Picture.of(page);
        assertTrue(two.x() > start.x(), "b3 grew, so the current point moved right: " + start + " → " + two);
        assertTrue(two.y() > start.y(), "SSR fell, so the current point moved down: " + start + " → " + two);
        assertNotEquals(start.tangent(), two.tangent(), "the tangent moved with the point");
        assertTrue(Double.parseDouble(two.historyCx()) > Double.parseDouble(start.historyCx()), "the history's current step moved right");
        assertThat(page.locator("#chart-loss-curve .chart-svg rect.marker.step")).hasCount(2);
        assertThat(page.locator("#chart-loss-curve .chart-legend")).containsText("tangent: slope −2.50");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("log").setExact(true)).click();
        assertThat(page).hasURL(query("logy", "1"));
        assertThat(chartImage(page, "SSR after each step (log scale)")).isVisible();
        assertThat(page).hasURL(query("steps", "2"));
        assertSettled(page);
        lesson.nextStep().click();
        assertThat(page).hasURL(query("steps", "3"));
        assertThat(page).hasURL(query("logy", "1"));
        assertThat(chartImage(page, "SSR after each step (log scale)")).isVisible();
        assertSettled(page);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("linear").setExact(true)).click();
        assertThat(chartImage(page, "SSR after each step")).hasAccessibleName(Pattern.compile("^SSR after each step [^(]"));
        assertSettled(page);
        assertSameOrigin(harness, urls);
    }

    @Test
    void all_parameters_pictures_follow_each_step_and_the_chosen_parameter(Page page, BrowserHarness harness) {
        List<String> urls = recordRequests(page);
        page.navigate(ALL_PARAMETERS);
        assertThat(chartImage(page, "SSR against w3, with the tangent at step 0")).isVisible();
        Picture start = Picture.of(page);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Next step").setExact(true)).click();
        assertThat(chartImage(page, "SSR against w3, with the tangent at step 1")).isVisible();
        assertSettled(page);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Next step").setExact(true)).click();
        assertThat(chartImage(page, "SSR against w3, with the tangent at step 2")).isVisible();
        assertSettled(page);
        Picture two = Picture.of(page);
        assertNotEquals(start.cx() + "," + start.cy(), two.cx() + "," + two.cy(), "the current point moved");
        assertNotEquals(start.tangent(), two.tangent(), "the tangent moved");
        assertThat(page.locator("#chart-fit desc")).containsText("at step 2");

        page.getByLabel("Draw SSR against").selectOption("b1");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Redraw")).click();
        assertThat(page).hasURL(query("focus", "b1"));
        assertThat(page).hasURL(query("steps", "2"));
        assertThat(chartImage(page, "SSR against b1, with the tangent at step 2")).isVisible();
        assertThat(page.getByLabel("Draw SSR against")).hasValue("b1");
        assertSettled(page);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Next step").setExact(true)).click();
        assertThat(page).hasURL(query("focus", "b1"));
        assertThat(chartImage(page, "SSR against b1, with the tangent at step 3")).isVisible();
        assertSettled(page);
        assertSameOrigin(harness, urls);
    }

    @Test
    @JavaScriptDisabled
    void without_javascript_each_step_is_a_whole_page_with_new_pictures(Page page, BrowserHarness harness) {
        List<String> urls = recordRequests(page);
        LastBiasLessonPage lesson = new LastBiasLessonPage(page);
        lesson.open();
        Picture start = Picture.of(page);
        lesson.nextStep().click();
        assertThat(page).hasURL(query("steps", "1"));
        assertThat(chartImage(page, "SSR against b3 at step 1")).isVisible();
        Picture one = Picture.of(page);
        assertTrue(one.x() > start.x() && one.y() > start.y(), start + " → " + one);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("log").setExact(true)).click();
        assertThat(page).hasURL(query("logy", "1"));
        lesson.nextStep().click();
        assertThat(page).hasURL(query("logy", "1"));
        assertThat(chartImage(page, "SSR after each step (log scale)")).isVisible();
        assertSameOrigin(harness, urls);
    }

    @Test
    void the_charts_pass_axe_core(Page page) {
        for (String url : List.of(LAST_BIAS + "?steps=2", LAST_BIAS + "?steps=9&logy=1", ALL_PARAMETERS + "?steps=5&focus=w1")) {
            page.navigate(url);
            AxeResults results = new AxeBuilder(page).include(".charts").analyze();
            assertEquals(null, results.getErrorMessage(), url);
            assertTrue(!results.getPasses().isEmpty(), "axe checked the charts of " + url);
            assertTrue(results.getViolations().isEmpty(), Accessibility.describe("the charts", url, results.getViolations()));
        }
    }

    /**
     * Screenshots of every lesson at its start and after some steps, at phone and laptop widths, in
     * light and dark; then checks that each chart fits its viewport and that its smallest text is
     * still at least 9 CSS pixels tall.
     */
    @Test
    void screenshots_at_phone_and_laptop_widths_in_light_and_dark(BrowserHarness harness) {
        String[][] views = {
                {"last-bias-step-0", LAST_BIAS},
                {"last-bias-step-3", LAST_BIAS + "?steps=3"},
                {"last-bias-step-9-log", LAST_BIAS + "?steps=9&logy=1"},
                {"all-parameters-step-0", ALL_PARAMETERS},
                {"all-parameters-step-40-w1", ALL_PARAMETERS + "?steps=40&focus=w1&logy=1"},
                {"dynamic-programming-start", DYNAMIC_PROGRAMMING},
                {"dynamic-programming-filled-2", DYNAMIC_PROGRAMMING + "?filled=2"},
        };
        for (ColorScheme scheme : new ColorScheme[] {ColorScheme.LIGHT, ColorScheme.DARK}) {
            for (int[] size : VIEWPORTS) {
                String suffix = (size[0] < 600 ? "phone" : "laptop") + "-" + scheme.name().toLowerCase(java.util.Locale.ROOT);
                try (BrowserContext context = harness.newContext(harness.contextOptions()
                        .setViewportSize(size[0], size[1]).setColorScheme(scheme))) {
                    Page page = context.newPage();
                    PageErrors errors = PageErrors.attach(page);
                    List<String> urls = recordRequests(page);
                    for (String[] view : views) {
                        page.navigate(view[1]);
                        String name = "pictures/" + view[0] + "-" + suffix;
                        BrowserHarness.screenshot(page, name);
                        Locator charts = page.locator(".charts");
                        if (charts.count() == 0) continue;
                        charts.screenshot(new Locator.ScreenshotOptions().setPath(BrowserHarness.SCREENSHOTS.resolve(name + "-charts.png")));
                        assertFits(page, size[0], view[1]);
                    }
                    assertSameOrigin(harness, urls);
                    errors.assertNone();
                }
            }
        }
    }

    private static void assertFits(Page page, int width, String url) {
        Locator svgs = page.locator(".chart-svg");
        assertEquals(3, svgs.count(), url);
        for (int i = 0; i < svgs.count(); i++) {
            BoundingBox box = svgs.nth(i).boundingBox();
            assertNotNull(box);
            assertTrue(box.x >= 0 && box.x + box.width <= width + 0.5, "chart " + i + " of " + url + " fits " + width + " px: " + box.x + " + " + box.width);
        }
        double smallest = ((Number) page.evaluate("() => Math.min(...[...document.querySelectorAll('.chart-svg text')]"
                + ".filter(t => t.textContent.trim()).map(t => t.getBoundingClientRect().height))")).doubleValue();
        assertTrue(smallest >= 9, "smallest chart text on " + url + " at " + width + " px is " + smallest + " px tall");
        assertThat(page.locator(CHART_IDS)).hasCount(3);
    }

    @Test
    void in_print_the_charts_stay_and_their_controls_go(Page page) {
        page.navigate(LAST_BIAS + "?steps=3");
        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT).setColorScheme(ColorScheme.DARK));
        assertThat(page.locator("#chart-loss-curve .chart-svg")).isVisible();
        assertThat(page.locator(".chart-options")).isHidden();
        String background = (String) page.evaluate("() => getComputedStyle(document.querySelector('#chart-loss-curve .chart-svg')).backgroundColor");
        assertEquals("rgb(255, 255, 255)", background, "a white plot on paper, even when the screen is dark");
        BrowserHarness.screenshot(page, "pictures/last-bias-step-3-print");
    }
}
