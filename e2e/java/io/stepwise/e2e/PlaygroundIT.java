package io.stepwise.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.ColorScheme;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The playground in a real browser: a network built from pasted CSV, permalinks, divergence, downloads and inline errors. */
@ExtendWith(BrowserExtension.class)
class PlaygroundIT {
    static final String PATH = "/playground";
    static final String XOR_CSV = "x1,x2,y\n0,0,0\n0,1,1\n1,0,1\n1,1,0\n";
    static final String XOR = "layers=2-3-1&act=tanh&out=identity&loss=ssr&seed=7&train=all&data=0,0,0;0,1,1;1,0,1;1,1,0"
            + "&lr=0.1&tol=0.001&max=1000";

    /** The playground as a reader finds it, by label and role. */
    record Playground(Page page) {
        Locator field(String label) { return page.getByLabel(label, new Page.GetByLabelOptions().setExact(true)); }

        Locator apply() { return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Apply and start over")); }

        Locator link(String name) { return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true)); }

        Locator stepHeading() {
            return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(Pattern.compile("^Step \\d+: (SSR|½SSE|MSE) = ")));
        }

        Locator state() { return page.locator("#lesson-state"); }

        Locator status() { return page.getByRole(AriaRole.STATUS); }

        Locator samples() {
            return page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName(Pattern.compile("^Each sample at step ")));
        }

        /** Waits until htmx has finished swapping, so the next click hits the new controls. */
        void settled() {
            assertThat(page.locator(".htmx-request")).hasCount(0);
            assertThat(page.locator(".htmx-settling, .htmx-swapping")).hasCount(0);
        }
    }

    @Test
    void a_2_3_1_network_on_pasted_csv_steps_and_its_link_reproduces_it(Page page, BrowserHarness harness) {
        Playground pg = new Playground(page);
        page.navigate(PATH);
        assertThat(pg.stepHeading()).hasText(Pattern.compile("^Step 0: SSR = 1\\.90$"));
        BrowserHarness.screenshot(page, "playground-default");

        pg.field("Layer sizes").fill("2-3-1");
        pg.field("Hidden activation").selectOption("tanh");
        pg.field("Random values from a seed").check();
        pg.field("Seed").fill("7");
        pg.field("Or paste CSV (it replaces the table)").fill(XOR_CSV);
        pg.apply().click();

        assertThat(page).hasURL(Pattern.compile("/playground\\?layers=2-3-1&act=tanh&out=identity&loss=ssr&seed=7&train=all"
                + "&data=0,0,0;0,1,1;1,0,1;1,1,0&lr=0.1&tol=0.001&max=1000&steps=0$"));
        assertThat(pg.stepHeading()).hasText(Pattern.compile("^Step 0: SSR = "));
        assertThat(pg.samples().getByRole(AriaRole.ROW)).hasCount(1 + 4 + 1);
        assertThat(pg.field("Layer sizes")).hasValue("2-3-1");
        assertThat(pg.field("Row 4, y")).hasValue("0");
        assertThat(pg.field("Or paste CSV (it replaces the table)")).hasValue("");
        pg.settled();

        pg.link("Next step").click();
        assertThat(pg.stepHeading()).hasText(Pattern.compile("^Step 1: SSR = "));
        pg.settled();
        pg.link("Next step").click();
        assertThat(pg.stepHeading()).hasText(Pattern.compile("^Step 2: SSR = "));
        assertThat(page).hasURL(Pattern.compile("&steps=2$"));
        assertThat(pg.status()).containsText("Step 2: SSR = ");
        pg.settled();
        BrowserHarness.screenshot(page, "playground-2-3-1-step-2");
        pg.state().screenshot(new Locator.ScreenshotOptions().setPath(BrowserHarness.SCREENSHOTS.resolve("playground-state.png")));
        page.locator("#lesson-state figure.diagram").screenshot(new Locator.ScreenshotOptions()
                .setPath(BrowserHarness.SCREENSHOTS.resolve("playground-diagram.png")));
        page.locator("form#pg-setup").screenshot(new Locator.ScreenshotOptions().setPath(BrowserHarness.SCREENSHOTS.resolve("playground-form.png")));

        String link = page.url();
        String shown = pg.state().innerText();
        List<String> values = page.locator("#lesson-state data").evaluateAll("els => els.map(e => e.value)").toString().lines().toList();
        try (BrowserContext other = harness.newContext()) {
            Page copy = other.newPage();
            copy.navigate(link);
            Playground again = new Playground(copy);
            assertThat(again.stepHeading()).hasText(pg.stepHeading().innerText());
            assertEquals(shown, again.state().innerText(), "the same state, table by table");
            assertEquals(values, copy.locator("#lesson-state data").evaluateAll("els => els.map(e => e.value)").toString().lines().toList());
            assertThat(again.field("Layer sizes")).hasValue("2-3-1");
            assertThat(again.field("Hidden activation")).hasValue("tanh");
            assertThat(again.field("Seed")).hasValue("7");
            assertThat(again.field("Random values from a seed")).isChecked();
        }
        Accessibility.assertNoViolations(page, "the playground at step 2 after swaps");
    }

    @Test
    void a_preset_picked_on_a_fresh_playground_runs_with_its_own_sizes_on_the_first_apply(Page page, PageErrors errors) {
        Playground pg = new Playground(page);
        page.navigate(PATH);
        pg.field("Or start from a preset").selectOption("xor");
        pg.apply().click();
        pg.settled();
        assertThat(page.getByRole(AriaRole.ALERT)).hasCount(0);
        assertThat(pg.stepHeading()).hasText(Pattern.compile("^Step 0: SSR = "));
        assertThat(pg.field("Layer sizes")).hasValue("2-2-1");
        assertThat(pg.field("Random values from a seed")).isChecked();
        assertThat(page).hasURL(Pattern.compile("layers=2-2-1&.*data=0,0,0;0,1,1;1,0,1;1,1,0"));
        errors.assertNone();
        org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of(), errors.failedResponses());
    }

    @Test
    void a_large_learning_rate_stops_where_the_loss_explodes_and_says_so(Page page) {
        Playground pg = new Playground(page);
        page.navigate(PATH);
        pg.field("Learning rate").fill("50");
        pg.apply().click();
        assertThat(page).hasURL(Pattern.compile("&lr=50&"));
        Locator warning = page.locator("#pg-divergence");
        assertThat(warning).containsText(Pattern.compile("The loss exploded at step \\d+\\."));
        assertThat(warning).containsText("Try a smaller learning rate: halving it until SSR falls at every step");
        pg.settled();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile("^Run until every \\|step size\\| < "))).click();
        assertThat(pg.status()).containsText("The loss exploded at step");
        String step = pg.stepHeading().innerText().replaceAll("^Step (\\d+):.*$", "$1");
        assertThat(warning).containsText("The loss exploded at step " + step + ".");
        assertThat(page.locator("#next-step")).hasAttribute("aria-disabled", "true");
        String text = page.locator("main").innerText();
        for (String bad : new String[] {"NaN", "Infinity", "∞", "not a number"}) assertFalse(text.contains(bad), bad);
        BrowserHarness.screenshot(page, "playground-diverged");
    }

    @Test
    void the_steps_download_as_csv_with_a_row_per_step(Page page) throws IOException {
        Playground pg = new Playground(page);
        page.navigate(PATH + "?" + XOR + "&steps=3");
        assertThat(pg.stepHeading()).hasText(Pattern.compile("^Step 3: SSR = "));
        Download download = page.waitForDownload(() -> pg.link("Download the steps as CSV").click());
        assertEquals("playground-steps.csv", download.suggestedFilename());
        List<String> lines = Files.readAllLines(download.path());
        assertEquals(5, lines.size(), lines.toString());
        assertTrue(lines.get(0).startsWith("step,SSR,w1,w2,w3,w4,w5,w6,w7,w8,w9,b1,b2,b3,b4,gradient w1,"), lines.get(0));
        for (int k = 0; k <= 3; k++) assertTrue(lines.get(k + 1).startsWith(k + ","), lines.get(k + 1));
        String loss = lines.get(4).split(",")[1];
        assertThat(pg.stepHeading().locator("data")).hasAttribute("value", Double.toString(Double.parseDouble(loss)));

        Download json = page.waitForDownload(() -> pg.link("Download the setup and trace as JSON").click());
        assertEquals("playground.json", json.suggestedFilename());
        JsonNode root = new ObjectMapper().readTree(json.path().toFile());
        assertEquals(page.url(), root.get("permalink").asText(), "the absolute permalink of the page");
        assertEquals("[2,3,1]", root.at("/request/network/layers").toString());
        assertEquals(Double.parseDouble(loss), root.at("/response/steps/3/loss").asDouble(), 0);
    }

    @Test
    void a_bad_field_is_marked_in_place_and_the_rest_is_kept(Page page, PageErrors errors) {
        Playground pg = new Playground(page);
        page.navigate(PATH);
        pg.field("Learning rate").fill("fast");
        pg.field("Tolerance").fill("0.05");
        pg.field("w2").fill("7.5");
        pg.apply().click();

        Locator lr = pg.field("Learning rate");
        assertThat(lr).hasAttribute("aria-invalid", "true");
        assertThat(lr).hasAccessibleDescription("Error: Learning rate must be a number, not “fast”.");
        assertThat(lr).hasValue("fast");
        assertThat(pg.field("Tolerance")).hasValue("0.05");
        assertThat(pg.field("Tolerance")).not().hasAttribute("aria-invalid", "true");
        assertThat(pg.field("w2")).hasValue("7.5");
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("One field needs a change");
        assertThat(pg.status()).containsText("Learning rate must be a number");
        assertEquals(List.of(), errors.failedResponses(), "a marked form is an answer, not a failed request");
        BrowserHarness.screenshot(page, "playground-invalid");
        Accessibility.assertNoViolations(page, "the playground with a bad field");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Learning rate must be a number, not “fast”.")).click();
        assertThat(lr).isFocused();
        lr.fill("0.2");
        pg.apply().click();
        assertThat(pg.stepHeading()).hasText(Pattern.compile("^Step 0: SSR = "));
        assertThat(page).hasURL(Pattern.compile("w=2.74,7.5,0.36,0.63&.*&lr=0.2&tol=0.05&"));
    }

    @Test
    void a_message_about_the_start_values_table_marks_its_inputs_and_its_link_focuses_the_first(Page page) {
        Playground pg = new Playground(page);
        page.navigate(PATH);
        pg.field("Layer sizes").fill("2-3-1");
        pg.apply().click();

        Locator w1 = pg.field("w1");
        assertThat(w1).hasAttribute("aria-invalid", "true");
        assertThat(w1).hasAccessibleDescription(Pattern.compile("^Error: The table holds start values for the 1-2-1 network"));
        assertThat(pg.field("b3")).hasAttribute("aria-invalid", "true");
        assertThat(pg.field("Row 1, x")).hasAttribute("aria-invalid", "true");
        assertThat(pg.field("Row 1, x")).hasAccessibleDescription(Pattern.compile("^Error: The table has columns for 1 input"));
        Accessibility.assertNoViolations(page, "the playground with tables that do not fit the layers");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile("^The table holds start values"))).click();
        assertThat(w1).isFocused();
    }

    /** The dark palette: contrast only, on a diverged run (warning note) and on a form with an error (summary, marked field). */
    @Test
    void the_dark_colour_scheme_keeps_every_text_readable(BrowserHarness harness) {
        try (BrowserContext dark = harness.newContext(harness.contextOptions().setColorScheme(ColorScheme.DARK))) {
            Page page = dark.newPage();
            page.navigate(PATH + "?lr=50&steps=2");
            assertThat(page.locator("#pg-divergence")).isVisible();
            Accessibility.assertNoViolations(page, "the diverged playground, dark", "color-contrast");
            page.navigate(PATH + "?lr=fast");
            assertThat(page.getByRole(AriaRole.ALERT)).isVisible();
            Accessibility.assertNoViolations(page, "the playground with a bad field, dark", "color-contrast");
            BrowserHarness.screenshot(page, "playground-invalid-dark");
        }
    }

    @Test
    @JavaScriptDisabled
    void without_javascript_the_form_redirects_to_the_permalink_and_links_load_pages(Page page) {
        Playground pg = new Playground(page);
        page.navigate(PATH);
        pg.field("Or start from a preset").selectOption("xor");
        pg.field("Random values from a seed").check();
        pg.field("Seed").fill("3");
        pg.apply().click();
        assertThat(page).hasURL(Pattern.compile("/playground\\?layers=2-2-1&.*&seed=3&.*&data=0,0,0;0,1,1;1,0,1;1,1,0&.*steps=0$"));
        pg.link("Next step").click();
        assertThat(page).hasURL(Pattern.compile("steps=1$"));
        assertThat(pg.stepHeading()).hasText(Pattern.compile("^Step 1: SSR = "));
        pg.field("Max steps").fill("-4");
        pg.apply().click();
        assertThat(pg.field("Max steps")).hasAttribute("aria-invalid", "true");
        assertThat(page.locator("#pg-max-error")).hasText("Error: Max steps must be a whole number from 0 to 100000, not “-4”.");
    }
}
