package io.stepwise.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.stepwise.e2e.LastBiasLessonPage.query;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The "fit the last bias" lesson in a real browser, with htmx and without JavaScript. */
@ExtendWith(BrowserExtension.class)
class LastBiasTutorialIT {

    @Test
    void steps_swap_in_place_back_restores_and_run_and_reset_work(Page page) {
        LastBiasLessonPage lesson = new LastBiasLessonPage(page);
        Response first = lesson.open();
        assertEquals(200, first.status());
        assertThat(lesson.stepHeading()).hasText("Step 0: b3 = 0");
        assertThat(lesson.historyRows()).hasCount(1); // the start: step 0 and the update taken from it
        assertThat(lesson.control("previous-step")).hasAttribute("aria-disabled", "true");
        BrowserHarness.screenshot(page, "last-bias-step-0");

        // Anything that survives in window proves no page was loaded since.
        AtomicInteger loads = new AtomicInteger();
        page.onLoad(p -> loads.incrementAndGet());
        page.evaluate("() => { window.__stepwiseMarker = 1; }");

        lesson.nextStep().click();
        assertThat(lesson.stepHeading()).hasText("Step 1: b3 = 1.57");
        assertThat(page).hasURL(query("steps", "1"));
        lesson.assertSettled();
        lesson.nextStep().click();
        assertThat(lesson.stepHeading()).hasText("Step 2: b3 = 2.19");
        lesson.assertSettled();

        assertThat(page).hasURL(query("steps", "2"));
        assertThat(page).hasURL(query("lr", "0.1"));
        assertThat(lesson.samplesTable()).containsText("Each sample at b3 = 2.19");
        assertThat(lesson.historyRows()).hasCount(3);
        assertThat(lesson.historyNewB3(0)).hasText("1.57");
        assertThat(lesson.historyNewB3(1)).hasText("2.19");
        assertThat(lesson.status()).containsText("Step 2: b3 = 2.19");
        assertThat(lesson.previousStep()).isVisible();
        assertEquals(1, page.evaluate("() => window.__stepwiseMarker"), "the page was reloaded");
        assertEquals(0, loads.get(), "load events while stepping");
        BrowserHarness.screenshot(page, "last-bias-step-2");

        page.goBack();
        assertThat(page).hasURL(query("steps", "1"));
        assertThat(lesson.stepHeading()).hasText("Step 1: b3 = 1.57");
        assertThat(lesson.historyRows()).hasCount(2);
        assertThat(lesson.historyNewB3(0)).hasText("1.57");
        // Back once more, to the page as it was loaded: site.js marked that entry as htmx's at the first push.
        page.goBack();
        assertThat(lesson.stepHeading()).hasText("Step 0: b3 = 0");
        page.goForward();
        assertThat(lesson.stepHeading()).hasText("Step 1: b3 = 1.57");
        lesson.assertSettled();

        lesson.runSteps().click();
        assertThat(lesson.stepHeading()).hasText("Step 9: b3 = 2.61");
        assertThat(page).hasURL(query("steps", "9"));
        assertThat(lesson.doneNote()).containsText("at step 9");
        assertThat(lesson.doneNote()).containsText("b3 ≈ 2.61");
        assertThat(lesson.historyRows()).hasCount(10);
        assertThat(lesson.status()).containsText("Step 9");
        assertThat(lesson.status()).containsText("done");
        assertThat(lesson.control("run-steps")).hasAttribute("aria-disabled", "true");
        lesson.assertSettled();

        lesson.reset().click();
        assertThat(lesson.stepHeading()).hasText("Step 0: b3 = 0");
        assertThat(page).hasURL(query("steps", "0"));
        assertThat(lesson.historyRows()).hasCount(1);
        assertThat(lesson.doneNote()).hasCount(0);
        assertThat(lesson.status()).containsText("Step 0");
        lesson.assertSettled();

        assertEquals(1, page.evaluate("() => window.__stepwiseMarker"), "the page was reloaded");
        assertEquals(0, loads.get(), "load events while stepping, going back, running and resetting");
    }

    @Test
    void enter_on_next_step_advances_and_keeps_focus_on_it(Page page) {
        LastBiasLessonPage lesson = new LastBiasLessonPage(page);
        lesson.open();
        lesson.nextStep().focus();
        assertThat(lesson.nextStep()).isFocused();

        page.keyboard().press("Enter");
        assertThat(lesson.stepHeading()).hasText("Step 1: b3 = 1.57");
        assertThat(lesson.nextStep()).isFocused();
        lesson.assertSettled();

        page.keyboard().press("Enter");
        assertThat(lesson.stepHeading()).hasText("Step 2: b3 = 2.19");
        assertThat(page).hasURL(query("steps", "2"));
        assertThat(lesson.nextStep()).isFocused();
        assertThat(lesson.status()).containsText("Step 2");
    }

    @Test
    void applying_settings_starts_over_in_place(Page page) {
        LastBiasLessonPage lesson = new LastBiasLessonPage(page);
        lesson.open("b3=0&lr=0.1&tol=0.001&steps=2");
        page.evaluate("() => { window.__stepwiseMarker = 1; }");

        lesson.learningRate().fill("0.05");
        lesson.applySettings().click();
        assertThat(page).hasURL(query("lr", "0.05"));
        assertThat(page).hasURL(query("steps", "0"));
        assertThat(lesson.stepHeading()).hasText("Step 0: b3 = 0");
        assertThat(lesson.learningRate()).hasValue("0.05");
        lesson.assertSettled();

        lesson.nextStep().click();
        assertThat(lesson.stepHeading()).hasText("Step 1: b3 = 0.783");
        assertEquals(1, page.evaluate("() => window.__stepwiseMarker"), "the page was reloaded");
    }

    @Test
    @JavaScriptDisabled
    void without_javascript_links_and_the_settings_form_load_whole_pages(Page page) {
        LastBiasLessonPage lesson = new LastBiasLessonPage(page);
        AtomicInteger loads = new AtomicInteger();
        page.onLoad(p -> loads.incrementAndGet());
        lesson.open();
        assertThat(lesson.stepHeading()).hasText("Step 0: b3 = 0");

        lesson.nextStep().click();
        assertThat(page).hasURL(query("steps", "1"));
        assertThat(lesson.stepHeading()).hasText("Step 1: b3 = 1.57");
        lesson.nextStep().click();
        assertThat(page).hasURL(query("steps", "2"));
        assertThat(lesson.stepHeading()).hasText("Step 2: b3 = 2.19");
        assertThat(lesson.historyRows()).hasCount(3);
        assertThat(lesson.historyNewB3(0)).hasText("1.57");
        assertThat(lesson.historyNewB3(1)).hasText("2.19");
        assertThat(lesson.status()).containsText("Step 2: b3 = 2.19");
        assertEquals(3, loads.get(), "one whole page per link");

        page.goBack();
        assertThat(page).hasURL(query("steps", "1"));
        assertThat(lesson.stepHeading()).hasText("Step 1: b3 = 1.57");

        lesson.runSteps().click();
        assertThat(page).hasURL(query("steps", "9"));
        assertThat(lesson.stepHeading()).hasText("Step 9: b3 = 2.61");
        assertThat(lesson.doneNote()).containsText("b3 ≈ 2.61");

        lesson.startingB3().fill("0.5");
        lesson.learningRate().fill("0.05");
        lesson.tolerance().fill("0.01");
        lesson.applySettings().click();
        assertThat(page).hasURL(query("lr", "0.05"));
        assertThat(page).hasURL(query("b3", "0.5"));
        assertThat(page).hasURL(query("tol", "0.01"));
        assertThat(page).hasURL(query("steps", "0"));
        assertThat(lesson.stepHeading()).hasText(Pattern.compile("^Step 0: b3 = 0\\.50*$"));
        assertThat(lesson.startingB3()).hasValue("0.5");
        assertThat(lesson.learningRate()).hasValue("0.05");
        assertThat(lesson.runSteps()).hasText("Run until |step size| < 0.01");
        assertThat(lesson.historyRows()).hasCount(1);
    }

    @Test
    void a_bad_url_gets_a_clear_message_and_status_400(Page page, PageErrors errors) {
        Response response = page.navigate(LastBiasLessonPage.PATH + "?lr=abc");
        assertNotNull(response);
        assertEquals(400, response.status());
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Bad request");
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Learning rate must be a number, not “abc”.");
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("lr");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Start the lesson again with the defaults")).click();
        assertThat(page).hasURL(LastBiasLessonPage.path(LastBiasLessonPage.PATH));
        assertThat(new LastBiasLessonPage(page).stepHeading()).hasText("Step 0: b3 = 0");
        assertTrue(errors.failedResponses().stream().anyMatch(e -> e.contains("status of 400")),
                "the 400 is reported in the console: " + errors.failedResponses());
    }

    @Test
    void an_out_of_range_setting_shows_the_error_in_place(Page page, PageErrors errors) {
        LastBiasLessonPage lesson = new LastBiasLessonPage(page);
        lesson.open("steps=2");
        lesson.assertSettled();
        lesson.learningRate().fill("0");
        lesson.applySettings().click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Learning rate must be a number from 0 (exclusive) to 100, not “0”.");
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Field: lr");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Start the lesson again with the defaults")).click();
        assertThat(page).hasURL(LastBiasLessonPage.path(LastBiasLessonPage.PATH));
        assertThat(lesson.stepHeading()).hasText("Step 0: b3 = 0");
        assertThat(lesson.learningRate()).hasValue("0.1");
        // The refusal is an answer to swap in (200), not a failed request: the console stays quiet.
        errors.assertQuiet();
    }
}
