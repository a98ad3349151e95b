package io.stepwise.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.options.ColorScheme;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Pages fit and behave: no page scrolls sideways at phone or laptop width (wide tables and formulas
 * scroll in their own box), the controls, numbers and main picture of a step share one laptop
 * screen, and keyboard focus stays on a control after every swap.
 */
@ExtendWith(BrowserExtension.class)
class LayoutIT {
    static final String PLAYGROUND_XOR = "/playground?layers=2-3-1&act=tanh&out=identity&loss=ssr&seed=7&train=all"
            + "&data=0,0,0;0,1,1;1,0,1;1,1,0&lr=0.1&tol=0.001&max=1000&steps=3";
    /** Every lesson, the playground and their embed views, at a couple of steps each. */
    static final List<String> VIEWS = List.of(
            "/tutorials/last-bias", "/tutorials/last-bias?steps=3", "/tutorials/last-bias?lr=0.001&steps=1000",
            "/tutorials/all-parameters?steps=2", "/tutorials/all-parameters?steps=471",
            "/tutorials/dynamic-programming", "/tutorials/dynamic-programming?shape=1-4-4-4-1&filled=2&param=w9&sample=3",
            "/playground", PLAYGROUND_XOR,
            "/embed/tutorials/last-bias?steps=2", "/embed/tutorials/all-parameters?steps=471",
            "/embed/tutorials/dynamic-programming?filled=1", "/embed" + PLAYGROUND_XOR);

    /** The id or text of the focused element if it is a control, else what it is instead. */
    static String focusedControl(Page page) {
        return (String) page.evaluate("() => { const a = document.activeElement;"
                + " if (!a || a === document.body) return 'body';"
                + " return a.matches('a[href], button:not([disabled]), input, select, textarea') ? 'control:' + (a.id || a.textContent.trim()) : a.tagName; }");
    }

    static void assertFocusOnControl(Page page, String after) {
        String focused = focusedControl(page);
        assertTrue(focused.startsWith("control:"), "after " + after + " focus is on " + focused);
    }

    static void settled(Page page) {
        assertThat(page.locator(".htmx-request, .htmx-swapping, .htmx-settling")).hasCount(0);
    }

    @Test
    void no_page_scrolls_sideways_at_phone_and_laptop_widths(BrowserHarness harness) {
        Object[][] screens = {{390, 844, ColorScheme.LIGHT}, {390, 844, ColorScheme.DARK}, {1280, 800, ColorScheme.LIGHT}};
        for (Object[] screen : screens) {
            int width = (Integer) screen[0];
            ColorScheme scheme = (ColorScheme) screen[2];
            try (BrowserContext context = harness.newContext(harness.contextOptions()
                    .setViewportSize(width, (Integer) screen[1]).setColorScheme(scheme))) {
                Page page = context.newPage();
                PageErrors errors = PageErrors.attach(page);
                for (String view : VIEWS) {
                    page.navigate(view);
                    String where = view + " at " + width + " px, " + scheme.name().toLowerCase(Locale.ROOT);
                    assertEquals(width, ((Number) page.evaluate("() => document.scrollingElement.scrollWidth")).intValue(), where);
                    // Not by hiding what is wide: every box that scrolls a table shows at least some of it.
                    assertEquals(List.of(), page.evaluate("() => [...document.querySelectorAll('.table-scroll')]"
                            + ".filter(b => b.clientWidth < 100).map(b => b.getAttribute('aria-label') || b.className)"), where);
                }
                errors.assertNone();
            }
        }
    }

    @Test
    void a_wide_table_scrolls_in_its_own_named_box_with_a_faded_edge(BrowserHarness harness) {
        try (BrowserContext context = harness.newContext(harness.contextOptions().setViewportSize(390, 844))) {
            Page page = context.newPage();
            page.navigate("/tutorials/all-parameters?steps=471");
            Locator box = page.getByRole(com.microsoft.playwright.options.AriaRole.REGION,
                    new Page.GetByRoleOptions().setName("Forward pass at this step"));
            assertThat(box).hasAttribute("tabindex", "0");
            assertThat(box).hasAttribute("data-overflow", "right");
            box.focus();
            page.keyboard().press("ArrowRight");
            assertThat(box).hasAttribute("data-overflow", "both");
            box.evaluate("b => { b.scrollLeft = b.scrollWidth; }");
            assertThat(box).hasAttribute("data-overflow", "left");
            assertEquals(390, ((Number) page.evaluate("() => document.scrollingElement.scrollWidth")).intValue());
        }
    }

    /** On a phone a tap shows a number's digits: for the number nearest the right edge they stay on the page. */
    @Test
    void the_digits_of_a_number_at_the_right_edge_stay_on_a_phone_page(BrowserHarness harness) {
        try (BrowserContext context = harness.newContext(harness.contextOptions().setViewportSize(390, 844))) {
            Page page = context.newPage();
            page.navigate("/tutorials/last-bias?steps=3");
            page.evaluate("() => { const outside = e => !e.closest('.table-scroll, .formula, .diagram-scroll');"
                    + " const shown = [...document.querySelectorAll('data[value], mn[data-full]')].filter(e => outside(e)"
                    + " && e.getBoundingClientRect().width > 0 && e.getBoundingClientRect().right <= innerWidth);"
                    + " shown.sort((a, b) => b.getBoundingClientRect().right - a.getBoundingClientRect().right);"
                    + " shown[0].id = 'rightmost-number'; }");
            page.locator("#rightmost-number").hover();
            Locator tip = page.getByRole(AriaRole.TOOLTIP);
            assertThat(tip).isVisible();
            BoundingBox box = tip.boundingBox();
            assertTrue(box.x >= 0 && box.x + box.width <= 390, "the tip spans " + box.x + " to " + (box.x + box.width));
            assertEquals(390, ((Number) page.evaluate("() => document.scrollingElement.scrollWidth")).intValue());
        }
    }

    /** A reader scrolls to "3. Take the steps" and presses Next step: the change is seen without scrolling. */
    @Test
    void next_step_its_new_b3_and_its_picture_share_one_laptop_screen(BrowserHarness harness) {
        try (BrowserContext context = harness.newContext(harness.contextOptions().setViewportSize(1280, 800))) {
            Page page = context.newPage();
            LastBiasLessonPage lesson = new LastBiasLessonPage(page);
            lesson.open("steps=1");
            page.evaluate("() => document.getElementById('steps-heading').scrollIntoView()");
            lesson.nextStep().click();
            assertThat(lesson.stepHeading()).hasText("Step 2: b3 = 2.19");
            settled(page);
            assertInView(page, lesson.nextStep(), "the Next step button");
            assertInView(page, lesson.stepHeading(), "the new b3 in the step's heading");
            assertInView(page, page.locator(".update dd").last(), "the update to b3");
            assertInView(page, page.locator("#chart-loss-curve .chart-svg"), "the picture of SSR against b3");

            // Read on down the page: the controls stay in reach.
            page.evaluate("() => document.getElementById('chart-history').scrollIntoView()");
            lesson.nextStep().click();
            assertThat(lesson.stepHeading()).containsText("Step 3: b3 = ");
            assertInView(page, lesson.nextStep(), "the Next step button, further down");
        }
    }

    /** The same on the playground: below its setup form, Next step, the new loss and the loss picture share the screen. */
    @Test
    void the_playgrounds_next_step_its_new_loss_and_its_picture_share_one_laptop_screen(BrowserHarness harness) {
        try (BrowserContext context = harness.newContext(harness.contextOptions().setViewportSize(1280, 800))) {
            Page page = context.newPage();
            page.navigate(PLAYGROUND_XOR.replace("steps=3", "steps=1"));
            page.evaluate("() => document.getElementById('pg-run-heading').scrollIntoView()");
            Locator next = page.locator("#lesson-state").getByRole(AriaRole.LINK,
                    new Locator.GetByRoleOptions().setName("Next step").setExact(true));
            next.click();
            Locator heading = page.locator("#pg-current-heading");
            assertThat(heading).hasText(Pattern.compile("^Step 2: SSR = "));
            settled(page);
            assertInView(page, next, "the Next step link");
            assertInView(page, heading, "the new SSR in the step's heading");
            assertInView(page, page.locator(".pg-samples tfoot td").last(), "the SSR under the table of samples");
            assertInView(page, page.locator("#pg-chart-history .chart-svg"), "the picture of SSR by step");

            page.evaluate("() => document.getElementById('pg-history-heading').scrollIntoView()");
            next.click();
            assertThat(heading).hasText(Pattern.compile("^Step 3: SSR = "));
            assertInView(page, next, "the Next step link, further down");
        }
    }

    private static void assertInView(Page page, Locator element, String what) {
        BoundingBox box = element.boundingBox();
        assertNotNull(box, what);
        assertTrue(box.y >= 0 && box.y + box.height <= 800 && box.x >= 0 && box.x + box.width <= 1280,
                what + " is inside the 1280 × 800 viewport: " + box.x + ", " + box.y + " + " + box.width + " × " + box.height);
    }

    @Test
    void focus_stays_on_a_control_after_every_swap(Page page) {
        LastBiasLessonPage lesson = new LastBiasLessonPage(page);
        lesson.open("steps=1&reveal=1");
        Locator goOn = page.locator("#exercise-next");
        goOn.focus();
        page.keyboard().press("Enter");
        assertThat(lesson.stepHeading()).hasText("Step 2: b3 = 2.19");
        settled(page);
        assertFocusOnControl(page, "Go on to step 2");

        page.locator("#loss-scale-log").focus();
        page.keyboard().press("Enter");
        assertThat(page.locator("#loss-scale-log")).hasAttribute("aria-current", "true");
        settled(page);
        assertThat(page.locator("#loss-scale-log")).isFocused();
        page.keyboard().press("Shift+Tab");
        assertThat(page.locator("#loss-scale-linear")).isFocused();
        page.keyboard().press("Enter");
        assertThat(page.locator("#loss-scale-linear")).hasAttribute("aria-current", "true");
        settled(page);
        assertThat(page.locator("#loss-scale-linear")).isFocused();

        lesson.runSteps().focus();
        page.keyboard().press("Enter");
        assertThat(lesson.doneNote()).isVisible();
        settled(page);
        assertFocusOnControl(page, "Run");

        lesson.reset().focus();
        page.keyboard().press("Enter");
        assertThat(lesson.stepHeading()).hasText("Step 0: b3 = 0");
        settled(page);
        assertFocusOnControl(page, "Reset");
        assertThat(lesson.nextStep()).isFocused();

        page.navigate("/tutorials/dynamic-programming");
        page.locator("#fill-all").focus();
        page.keyboard().press("Enter");
        assertThat(page.locator("#fill-all")).hasAttribute("aria-disabled", "true");
        settled(page);
        assertFocusOnControl(page, "Fill all");
        page.keyboard().press("Tab");
        assertEquals(true, page.evaluate("() => !!document.activeElement.closest('#lesson-state')"), "Tab goes on within the lesson, not to the footer");
    }
}
