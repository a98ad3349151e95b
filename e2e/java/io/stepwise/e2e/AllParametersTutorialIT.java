package io.stepwise.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.stepwise.e2e.LastBiasLessonPage.query;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The "train all seven parameters" lesson in a real browser, with htmx and without JavaScript. */
@ExtendWith(BrowserExtension.class)
class AllParametersTutorialIT {

    @Test
    void two_steps_swap_the_tables_in_place_and_push_the_url(Page page) {
        AllParametersLessonPage lesson = new AllParametersLessonPage(page);
        Response first = lesson.open();
        assertEquals(200, first.status());
        assertStepZero(lesson);
        BrowserHarness.screenshot(page, "all-parameters-step-0");

        // Anything that survives in window proves no page was loaded since.
        AtomicInteger loads = new AtomicInteger();
        page.onLoad(p -> loads.incrementAndGet());
        page.evaluate("() => { window.__stepwiseMarker = 1; }");
        lesson.assertSettled();

        lesson.nextStep().click();
        assertThat(lesson.stepHeading()).hasText("Step 1: SSR = 4.21");
        assertThat(page).hasURL(query("steps", "1"));
        lesson.assertSettled();
        lesson.nextStep().click();
        assertThat(lesson.stepHeading()).hasText("Step 2: SSR = 7.41");
        assertThat(page).hasURL(query("steps", "2"));
        assertThat(page).hasURL(query("lr", "0.1"));
        assertThat(page).hasURL(query("tol", "0.001"));
        lesson.assertSettled();
        assertStepTwo(lesson);
        assertThat(lesson.status()).containsText("Step 2: SSR = 7.41");
        assertEquals(1, page.evaluate("() => window.__stepwiseMarker"), "the page was reloaded");
        assertEquals(0, loads.get(), "load events while stepping");
        Accessibility.assertNoViolations(page, "the all-parameters lesson at step 2 after two swaps");
        BrowserHarness.screenshot(page, "all-parameters-step-2");

        page.goBack();
        assertThat(page).hasURL(query("steps", "1"));
        assertThat(lesson.stepHeading()).hasText("Step 1: SSR = 4.21");
        assertThat(lesson.historyRows()).hasCount(2);
        lesson.assertSettled();

        lesson.runSteps().click();
        assertThat(lesson.stepHeading()).hasText("Step 471: SSR = 0.000649");
        assertThat(page).hasURL(query("steps", "471"));
        assertThat(lesson.doneNote()).containsText("at step 471");
        assertThat(lesson.updateRow("w1")).containsText("3.23");
        assertThat(lesson.updateRow("b3")).containsText("2.41");
        assertThat(lesson.historyRows()).hasCount(101); // the newest 100 and the start
        assertThat(lesson.status()).containsText("done");
        lesson.assertSettled();

        lesson.reset().click();
        assertThat(lesson.stepHeading()).hasText("Step 0: SSR = 1.90");
        assertThat(page).hasURL(query("steps", "0"));
        assertThat(lesson.historyRows()).hasCount(1);
        assertThat(lesson.doneNote()).hasCount(0);
        lesson.assertSettled();
        assertEquals(1, page.evaluate("() => window.__stepwiseMarker"), "the page was reloaded");
        assertEquals(0, loads.get(), "load events while stepping, going back, running and resetting");
    }

    @Test
    @JavaScriptDisabled
    void without_javascript_the_links_and_the_settings_form_load_whole_pages(Page page) {
        AllParametersLessonPage lesson = new AllParametersLessonPage(page);
        AtomicInteger loads = new AtomicInteger();
        page.onLoad(p -> loads.incrementAndGet());
        lesson.open();
        assertStepZero(lesson);

        lesson.nextStep().click();
        assertThat(page).hasURL(query("steps", "1"));
        assertThat(lesson.stepHeading()).hasText("Step 1: SSR = 4.21");
        lesson.nextStep().click();
        assertThat(page).hasURL(query("steps", "2"));
        assertThat(lesson.stepHeading()).hasText("Step 2: SSR = 7.41");
        assertStepTwo(lesson);
        assertThat(lesson.status()).containsText("Step 2: SSR = 7.41");
        assertEquals(3, loads.get(), "one whole page per link");

        lesson.learningRate().fill("50");
        lesson.applySettings().click();
        assertThat(page).hasURL(query("lr", "50"));
        assertThat(page).hasURL(query("steps", "0"));
        assertThat(lesson.stepHeading()).hasText("Step 0: SSR = 1.90");
        assertThat(lesson.learningRate()).hasValue("50");
        assertThat(lesson.divergenceNote()).isVisible();
        assertThat(lesson.updateRow("w3")).containsText("357");
        lesson.runSteps().click();
        assertThat(lesson.divergenceNote()).containsText("The loss exploded at step 2.");
        assertThat(lesson.stepHeading()).containsText("Step 2: SSR = ");
        assertFalse(page.content().contains("NaN"), "no NaN on the page");
        assertFalse(page.content().contains("Infinity"), "no Infinity on the page");
    }

    private static void assertStepZero(AllParametersLessonPage lesson) {
        assertThat(lesson.stepHeading()).hasText("Step 0: SSR = 1.90");
        assertThat(lesson.historyRows()).hasCount(1);
        // dSSR/dw1 (0.761) waits for "Your turn", which asks σ(z1); the value of w1 and dSSR/dw3 do not.
        assertThat(lesson.updateRow("w1")).containsText("2.74");
        assertThat(lesson.updateRow("w3")).containsText("7.14");
        assertThat(lesson.updateRow("b3")).containsText("3.46");
        assertThat(lesson.chainTable("w1")).containsText("Sum = dSSR/dw1");
        assertThat(lesson.previousStep()).hasCount(0);
    }

    /** Both tables and the history show the state after two updates. */
    private static void assertStepTwo(AllParametersLessonPage lesson) {
        assertThat(lesson.forwardTable()).containsText("Forward pass at step 2");
        assertThat(lesson.forwardTable()).containsText("−0.273");
        assertThat(lesson.updateRow("w1")).containsText("2.54");
        assertThat(lesson.updateRow("w1")).containsText("3.73");
        assertThat(lesson.chainTable("w1")).containsText("3.73");
        assertThat(lesson.chainTable("b3")).containsText("8.41");
        assertThat(lesson.historyRows()).hasCount(3);
        assertThat(lesson.historyRows().first()).containsText("7.41");
        assertThat(lesson.historyRows().last()).containsText("1.90");
        assertThat(lesson.previousStep()).isVisible();
    }
}
