package io.stepwise.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.stepwise.e2e.LastBiasLessonPage.query;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * "Your turn" in a real browser: a student gives the residual with the wrong sign, is told that
 * this is the mistake, answers again correctly and goes on to the next step. Once with htmx, once
 * with JavaScript off.
 */
@ExtendWith(BrowserExtension.class)
class ExerciseIT {
    /** Step 0 asks for the residual of sample 1: observed 0, predicted −2.60. */
    static final String QUESTION = "What is the residual of sample 1 at b3 = 0?";

    /** The box, a region named by its heading. */
    static Locator box(Page page) {
        return page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Your turn"));
    }

    static Locator answer(Page page) {
        return page.getByLabel("Your answer", new Page.GetByLabelOptions().setExact(true));
    }

    static Locator check(Page page) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check my answer"));
    }

    /**
     * Matches a URL whose query has name=value, followed by another parameter, the end, or the
     * #your-turn fragment that a whole page gets after the answer form. Both are plain letters,
     * digits, dots and dashes, which need no escaping in a JavaScript regular expression but the dot.
     */
    static Pattern inQuery(String name, String value) {
        return Pattern.compile("[?&]" + name + "=" + value.replace(".", "\\.") + "(&|#|$)");
    }

    static Locator link(Page page, String name) {
        return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    @Test
    void a_sign_mistake_is_named_then_the_right_answer_leads_on(Page page) {
        LastBiasLessonPage lesson = new LastBiasLessonPage(page);
        lesson.open();
        assertThat(box(page)).containsText(QUESTION);
        assertThat(box(page)).containsText("Sample 1 (dosage 0): observed 0, predicted −2.60");
        assertThat(box(page)).containsText("Accepted within ±0.0005 or 1 % of the exact value, and only when nearer to it than to");
        lesson.assertSettled();
        page.evaluate("() => { window.__stepwiseMarker = 1; }");

        answer(page).fill("−2.60");
        check(page).click();
        assertThat(box(page)).containsText("Wrong sign of the residual.");
        assertThat(box(page)).containsText("You computed predicted − observed = −2.60 − 0 = −2.60. A residual is observed − predicted");
        assertThat(page).hasURL(query("answer", "%E2%88%922.60"));
        assertThat(lesson.status()).containsText("Your answer −2.60: Wrong sign of the residual.");
        assertThat(answer(page)).hasValue("−2.60");
        assertThat(answer(page)).isFocused();
        assertThat(link(page, "Go on to step 1")).hasCount(0);
        lesson.assertSettled();
        Accessibility.assertNoViolations(page, "the lesson with a named mistake");
        BrowserHarness.screenshot(page, "exercise-sign-mistake");

        link(page, "Show a hint").click();
        assertThat(box(page)).containsText("Hint: A residual is observed − predicted");
        lesson.assertSettled();

        answer(page).fill("2.60");
        answer(page).press("Enter");
        assertThat(box(page)).containsText("Correct. Yes: the residual of sample 1 is 2.60.");
        assertThat(box(page)).containsText("Worked answer: residual = observed − predicted = 0 − (−2.60) = 2.60");
        assertThat(link(page, "Go on to step 1")).isFocused();
        lesson.assertSettled();

        link(page, "Go on to step 1").click();
        assertThat(lesson.stepHeading()).hasText("Step 1: b3 = 1.57");
        assertThat(page).hasURL(query("steps", "1"));
        assertThat(box(page)).containsText("What is the slope dSSR/db3 at b3 = 1.57?");
        assertThat(answer(page)).hasValue("");
        assertEquals(1, page.evaluate("() => window.__stepwiseMarker"), "the page was reloaded");
    }

    @Test
    void a_seed_is_kept_by_every_control(Page page) {
        LastBiasLessonPage lesson = new LastBiasLessonPage(page);
        lesson.open("seed=42");
        lesson.assertSettled();
        String first = box(page).locator(".exercise-question").textContent();
        lesson.nextStep().click();
        assertThat(page).hasURL(query("seed", "42"));
        assertThat(lesson.stepHeading()).hasText("Step 1: b3 = 1.57");
        lesson.assertSettled();
        lesson.previousStep().click();
        assertThat(lesson.stepHeading()).hasText("Step 0: b3 = 0");
        assertThat(page).hasURL(query("seed", "42"));
        assertThat(box(page).locator(".exercise-question")).hasText(first);
    }

    @Test
    @JavaScriptDisabled
    void without_javascript_the_answer_form_loads_whole_pages(Page page) {
        LastBiasLessonPage lesson = new LastBiasLessonPage(page);
        AtomicInteger loads = new AtomicInteger();
        page.onLoad(p -> loads.incrementAndGet());
        lesson.open();
        assertThat(box(page)).containsText(QUESTION);

        answer(page).fill("-2.6");
        check(page).click();
        assertThat(page).hasURL(inQuery("answer", "-2.6"));
        assertThat(page).hasURL(inQuery("steps", "0"));
        assertThat(box(page)).containsText("Wrong sign of the residual.");
        // The whole page says what the htmx swap would have announced.
        assertThat(lesson.status()).containsText("Your answer -2.6: Wrong sign of the residual.");
        assertThat(answer(page)).hasValue("-2.6");

        link(page, "Show the worked answer").click();
        assertThat(box(page)).containsText("Worked answer: residual = observed − predicted = 0 − (−2.60) = 2.60");

        answer(page).fill("2.60");
        check(page).click();
        assertThat(page).hasURL(inQuery("answer", "2.60"));
        assertThat(box(page)).containsText("Correct.");

        link(page, "Go on to step 1").click();
        assertThat(page).hasURL(query("steps", "1"));
        assertThat(lesson.stepHeading()).hasText("Step 1: b3 = 1.57");
        assertThat(box(page)).containsText("What is the slope dSSR/db3 at b3 = 1.57?");
        assertEquals(5, loads.get(), "one whole page per form and link");
    }
}
