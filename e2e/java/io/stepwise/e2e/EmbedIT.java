package io.stepwise.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.FrameLocator;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.javalin.Javalin;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A course site on another origin embeds a lesson: the iframe grows to fit its content, stepping
 * stays inside it, and a student answers the exercise there (a sign mistake first).
 */
@ExtendWith(BrowserExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EmbedIT {
    private Javalin course;

    /** The course page, served by its own small server so that it is a different origin. */
    @BeforeAll
    void startCourseSite(BrowserHarness harness) throws Exception {
        String html = Files.readString(Path.of(System.getProperty("basedir", "."), "e2e", "resources", "course.html"))
                .replace("STEPWISE", harness.baseUrl().replace("127.0.0.1", "localhost"));
        course = Javalin.create(config -> config.routes.get("/week-3", ctx -> ctx.html(html))).start("127.0.0.1", 0);
    }

    @AfterAll
    void stopCourseSite() {
        if (course != null) course.stop();
    }

    @Test
    void the_iframe_fits_its_content_and_the_student_works_inside_it(Page page) {
        page.navigate("http://127.0.0.1:" + course.port() + "/week-3");
        Locator iframe = page.locator("#lesson");
        FrameLocator lesson = page.frameLocator("#lesson");
        assertThat(lesson.getByRole(AriaRole.HEADING, new FrameLocator.GetByRoleOptions().setName("Fit the last bias"))).isVisible();
        page.waitForFunction("() => document.getElementById('lesson').getBoundingClientRect().height > 1000");
        double before = iframe.boundingBox().height;
        BrowserHarness.screenshot(page, "embed-course-page");

        Locator open = lesson.getByRole(AriaRole.LINK, new FrameLocator.GetByRoleOptions().setName("Open the full lesson in a new tab"));
        assertThat(open).hasAttribute("target", "_blank");

        Locator answer = lesson.getByLabel("Your answer", new FrameLocator.GetByLabelOptions().setExact(true));
        answer.fill("−2.60");
        lesson.getByRole(AriaRole.BUTTON, new FrameLocator.GetByRoleOptions().setName("Check my answer")).click();
        assertThat(lesson.getByRole(AriaRole.REGION, new FrameLocator.GetByRoleOptions().setName("Your turn")))
                .containsText("Wrong sign of the residual.");
        answer.fill("2.60");
        answer.press("Enter");
        assertThat(lesson.getByRole(AriaRole.REGION, new FrameLocator.GetByRoleOptions().setName("Your turn")))
                .containsText("Correct.");

        lesson.locator("#next-step").click();
        assertThat(lesson.locator("#current-heading")).containsText("Step 1");
        // The link to the full lesson follows the step taken inside the frame.
        assertThat(open).hasAttribute("href", java.util.regex.Pattern.compile("/tutorials/last-bias\\?.*steps=1(&|$)"));
        Locator runAll = lesson.locator("#run-steps");
        runAll.click();
        assertThat(lesson.locator("#current-heading")).containsText("Step 9");
        // The history grew by nine rows: the frame follows.
        page.waitForFunction("h => document.getElementById('lesson').getBoundingClientRect().height > h + 100", before);
        assertTrue(iframe.boundingBox().height > before + 100, "the iframe grew with its content");
        assertThat(page.locator("#after")).isVisible();
        assertTrue(page.url().endsWith("/week-3"), "the course page itself never navigated");
        BrowserHarness.screenshot(page, "embed-course-page-step-9");
    }
}
