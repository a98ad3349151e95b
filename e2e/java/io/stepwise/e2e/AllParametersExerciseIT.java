package io.stepwise.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.stepwise.e2e.ExerciseIT.answer;
import static io.stepwise.e2e.ExerciseIT.box;
import static io.stepwise.e2e.ExerciseIT.check;
import static io.stepwise.e2e.ExerciseIT.inQuery;
import static io.stepwise.e2e.ExerciseIT.link;
import static io.stepwise.e2e.LastBiasLessonPage.query;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Page;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * "Your turn" in the all-parameters lesson in a real browser: a student gives softplus(z1) where
 * the chain rule needs its derivative, is told so, answers σ(z1) and sees the numbers that were
 * hidden while the question was open. Then, without JavaScript, the seed rides along with the
 * answer form and the step links.
 */
@ExtendWith(BrowserExtension.class)
class AllParametersExerciseIT {
    /** Step 0: x1 of sample 2 is 2.74 · 0.5 + 0 = 1.37; softplus(1.37) = 1.60 and σ(1.37) = 0.797. */
    static final String QUESTION = "In the chain rule for dSSR/dw1, what is da1/dz1 for sample 2 (dosage 0.5)?";

    @Test
    void the_activation_in_place_of_its_derivative_is_named_then_the_right_answer_shows_the_hidden_numbers(Page page) {
        AllParametersLessonPage lesson = new AllParametersLessonPage(page);
        lesson.open();
        assertThat(box(page)).containsText(QUESTION);
        assertThat(box(page)).containsText("Sample 2 (dosage 0.5): z1 = 1.37, and a1 = softplus(z1)");
        assertThat(lesson.chainTable("w1")).containsText("?");
        assertThat(lesson.chainTable("w1")).not().containsText("0.797");
        assertThat(lesson.updateRow("w1")).not().containsText("0.761");
        assertThat(lesson.updateRow("w3")).containsText("7.14");
        assertThat(lesson.status()).containsText("Your turn: " + QUESTION);
        lesson.assertSettled();
        page.evaluate("() => { window.__stepwiseMarker = 1; }");

        answer(page).fill("1.60");
        check(page).click();
        assertThat(box(page)).containsText("Used the activation instead of its derivative.");
        assertThat(box(page)).containsText("You used softplus(1.37) = 1.60, the activation, where da1/dz1 needs its derivative "
                + "softplus′(1.37) = σ(1.37) = 0.797.");
        assertThat(page).hasURL(query("answer", "1.60"));
        assertThat(lesson.status()).containsText("Your answer 1.60: Used the activation instead of its derivative.");
        assertThat(answer(page)).hasValue("1.60");
        assertThat(answer(page)).isFocused();
        assertThat(lesson.updateRow("w1")).not().containsText("0.761");
        assertThat(link(page, "Go on to step 1")).hasCount(0);
        lesson.assertSettled();
        Accessibility.assertNoViolations(page, "the all-parameters lesson with a named mistake");
        BrowserHarness.screenshot(page, "all-parameters-exercise-mistake");

        answer(page).fill("0.797");
        answer(page).press("Enter");
        assertThat(box(page)).containsText("Correct. Yes: da1/dz1 for sample 2 is 0.797.");
        assertThat(box(page)).containsText("Worked answer: da1/dz1 = softplus′(1.37) = σ(1.37) = 1 / (1 + e^−1.37) = 0.797");
        assertThat(lesson.chainTable("w1")).containsText("0.797");
        assertThat(lesson.updateRow("w1")).containsText("0.761");
        assertThat(lesson.updateRow("b1")).containsText("0.967");
        assertThat(page.locator(".concealed")).hasCount(0);
        assertThat(link(page, "Go on to step 1")).isFocused();
        lesson.assertSettled();

        link(page, "Go on to step 1").click();
        assertThat(lesson.stepHeading()).hasText("Step 1: SSR = 4.21");
        assertThat(page).hasURL(query("steps", "1"));
        assertThat(box(page)).containsText("What is the gradient dSSR/dw1 at step 1?");
        assertThat(lesson.chainTable("w1")).containsText("?");
        assertThat(answer(page)).hasValue("");
        lesson.assertSettled();
        assertEquals(1, page.evaluate("() => window.__stepwiseMarker"), "the page was reloaded");
    }

    @Test
    @JavaScriptDisabled
    void without_javascript_the_seed_rides_along_with_the_answer_and_the_steps(Page page) {
        AllParametersLessonPage lesson = new AllParametersLessonPage(page);
        AtomicInteger loads = new AtomicInteger();
        page.onLoad(p -> loads.incrementAndGet());
        lesson.open("seed=42");
        String question = box(page).locator(".exercise-question").textContent();

        answer(page).fill("123");
        check(page).click();
        assertThat(page).hasURL(inQuery("answer", "123"));
        assertThat(page).hasURL(inQuery("seed", "42"));
        assertThat(box(page)).containsText("Not quite.");
        assertThat(box(page).locator(".exercise-question")).hasText(question);

        lesson.nextStep().click();
        assertThat(lesson.stepHeading()).hasText("Step 1: SSR = 4.21");
        assertThat(page).hasURL(query("seed", "42"));
        lesson.previousStep().click();
        assertThat(page).hasURL(query("seed", "42"));
        assertThat(box(page).locator(".exercise-question")).hasText(question);
        assertEquals(4, loads.get(), "one whole page per form and link");
    }
}
