package io.stepwise.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.ColorScheme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** axe-core finds no violation on the home page and on the lesson before and after steps. */
@ExtendWith(BrowserExtension.class)
class AccessibilityIT {

    @Test
    void home_page(Page page) {
        page.navigate("/");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).isVisible();
        Accessibility.assertNoViolations(page, "the home page");
    }

    @Test
    void lesson_at_step_zero(Page page) {
        LastBiasLessonPage lesson = new LastBiasLessonPage(page);
        lesson.open();
        assertThat(lesson.stepHeading()).hasText("Step 0: b3 = 0");
        Accessibility.assertNoViolations(page, "the lesson at step 0");
    }

    /** Step 2 as htmx leaves it after two swaps, not as loaded from its URL. */
    @Test
    void lesson_at_step_two_after_swaps(Page page) {
        LastBiasLessonPage lesson = new LastBiasLessonPage(page);
        lesson.open();
        lesson.assertSettled();
        lesson.nextStep().click();
        assertThat(lesson.stepHeading()).hasText("Step 1: b3 = 1.57");
        lesson.assertSettled();
        lesson.nextStep().click();
        assertThat(lesson.stepHeading()).hasText("Step 2: b3 = 2.19");
        lesson.assertSettled();
        Accessibility.assertNoViolations(page, "the lesson at step 2");
    }

    /**
     * The stylesheet has a dark palette of its own. Only colours change, so only contrast is
     * checked, on the home page and on the lesson with the most on it (done, with the note).
     */
    @Test
    void dark_colour_scheme(BrowserHarness harness) {
        Browser.NewContextOptions dark = harness.contextOptions().setColorScheme(ColorScheme.DARK);
        try (BrowserContext context = harness.newContext(dark)) {
            Page page = context.newPage();
            page.navigate("/");
            Accessibility.assertNoViolations(page, "the home page, dark", "color-contrast");
            LastBiasLessonPage lesson = new LastBiasLessonPage(page);
            lesson.open("b3=0&lr=0.1&tol=0.001&steps=9");
            assertThat(lesson.doneNote()).isVisible();
            Accessibility.assertNoViolations(page, "the lesson at step 9, dark", "color-contrast");
        }
    }

    /** Every other page and state a student can reach: each lesson, the playground, embed views and error pages. */
    @Test
    void every_other_page_and_state(Page page) {
        String[][] pages = {
                {"/tutorials/all-parameters?steps=471", "the all-parameters lesson, done (a long history, shortened)"},
                {"/tutorials/all-parameters?lr=50&steps=80", "the all-parameters lesson, diverged"},
                {"/tutorials/dynamic-programming", "the dynamic-programming lesson, empty"},
                {"/tutorials/dynamic-programming?shape=1-4-4-4-1&filled=2&param=w9&sample=3", "the dynamic-programming lesson, half full"},
                {"/tutorials/last-bias?lr=10&steps=1000", "the last-bias lesson, diverged"},
                {"/tutorials/last-bias?lr=0.001&steps=1000", "the last-bias lesson after 1000 small steps (a long history, shortened)"},
                {"/tutorials/last-bias?steps=1&answer=1&hint=1&reveal=1", "the last-bias lesson, worked answer shown"},
                {"/playground", "the playground"},
                {"/embed/tutorials/last-bias?steps=2", "the last-bias embed view"},
                {"/embed/tutorials/dynamic-programming?filled=1", "the dynamic-programming embed view"},
                {"/tutorials/last-bias?lr=abc", "a bad-request page"},
                {"/no-such-page", "the not-found page"},
        };
        for (String[] p : pages) {
            page.navigate(p[0]);
            Accessibility.assertNoViolations(page, p[1]);
        }
    }

    /** The check itself: a page with a known violation fails, naming the rule and the element. */
    @Test
    void a_known_violation_is_reported(Page page) {
        page.setContent("<!DOCTYPE html><html lang=\"en\"><head><title>Check</title></head>"
                + "<body><main><h1>Check</h1><img src=\"data:,\"></main></body></html>");
        AssertionError e = assertThrows(AssertionError.class, () -> Accessibility.assertNoViolations(page, "a test page"));
        assertTrue(e.getMessage().contains("image-alt"), e.getMessage());
        assertTrue(e.getMessage().contains("<img src=\"data:,\">"), e.getMessage());
    }
}
