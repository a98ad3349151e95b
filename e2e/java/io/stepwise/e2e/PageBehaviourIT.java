package io.stepwise.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.ElementHandle;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Request;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.RequestOptions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * How the pages behave beyond what they show: all the digits of a number on hover, a console that
 * stays quiet through normal use, and how soon a step is on the screen (a printed figure).
 */
@ExtendWith(BrowserExtension.class)
class PageBehaviourIT {

    @Test
    void hovering_a_number_in_a_formula_or_a_table_shows_all_its_digits(Page page) {
        LastBiasLessonPage lesson = new LastBiasLessonPage(page);
        lesson.open();
        Locator tip = page.getByRole(AriaRole.TOOLTIP);
        assertThat(tip).hasCount(0);

        ElementHandle inFormula = page.waitForFunction(
                "() => [...document.querySelectorAll('.formula mn')].find(e => (e.getAttribute('data-full') || '').length > 8)").asElement();
        String full = inFormula.getAttribute("data-full");
        assertTrue(full.length() > inFormula.textContent().length(), "a rounded number: " + inFormula.textContent() + " of " + full);
        inFormula.hover();
        assertThat(tip).isVisible();
        assertThat(tip).hasText(full);

        Locator inTable = lesson.samplesTable().locator("data[value]").nth(2);
        inTable.hover();
        assertThat(tip).hasText(inTable.getAttribute("value"));
        page.mouse().move(0, 0);
        assertThat(tip).isHidden();
    }

    @Test
    void normal_use_logs_nothing_to_the_console(Page page, PageErrors errors) {
        LastBiasLessonPage lesson = new LastBiasLessonPage(page);
        lesson.open();
        ExerciseIT.answer(page).fill("1");
        ExerciseIT.check(page).click();
        assertThat(page).hasURL(ExerciseIT.inQuery("answer", "1"));
        lesson.assertSettled();
        for (int i = 1; i <= 3; i++) {
            lesson.nextStep().click();
            assertThat(lesson.stepHeading()).hasText(Pattern.compile("^Step " + i + ":"));
        }
        lesson.previousStep().click();
        assertThat(lesson.stepHeading()).hasText(Pattern.compile("^Step 2:"));
        assertThat(page).hasURL(Pattern.compile("steps=2"));
        page.goBack();
        assertThat(lesson.stepHeading()).hasText(Pattern.compile("^Step 3:"));
        page.goForward();
        assertThat(lesson.stepHeading()).hasText(Pattern.compile("^Step 2:"));
        lesson.assertSettled();

        AllParametersLessonPage all = new AllParametersLessonPage(page);
        all.open();
        all.nextStep().click();
        assertThat(all.stepHeading()).hasText(Pattern.compile("^Step 1"));

        page.navigate("/tutorials/dynamic-programming");
        page.locator("#fill-next").click();
        assertThat(page.locator("#unfill")).isVisible();

        page.navigate("/playground");
        Locator rate = page.getByLabel("Learning rate", new Page.GetByLabelOptions().setExact(true));
        rate.fill("fast");
        Locator apply = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Apply and start over"));
        apply.click();
        assertThat(rate).hasAttribute("aria-invalid", "true");
        page.getByLabel("Learning rate", new Page.GetByLabelOptions().setExact(true)).fill("0.2");
        apply.click();
        assertThat(page).hasURL(Pattern.compile("lr=0\\.2"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Next step")).click();
        assertThat(page).hasURL(Pattern.compile("steps=1"));
        page.waitForTimeout(200);

        errors.assertQuiet();
    }

    /**
     * Once a step is on the screen, the page asks for the next one (as htmx would, marked as a
     * prefetch) and keeps the answer, so that pressing Next step swaps it in without a request: the
     * step is the right one, its URL is pushed, and Back returns to the step before.
     */
    @Test
    void the_next_step_is_fetched_ahead_and_the_click_needs_no_request(Page page) {
        String url = LastBiasLessonPage.PATH + "?b3=0.3&lr=0.05&tol=0.001";
        Request ahead = page.waitForRequestFinished(new Page.WaitForRequestFinishedOptions()
                .setPredicate(r -> "prefetch".equals(r.headers().get("purpose"))), () -> page.navigate(url));
        assertTrue(ahead.url().endsWith(url + "&steps=1"), ahead.url());
        assertEquals("true", ahead.headers().get("hx-request"));
        assertEquals(200, ahead.response().status());
        List<String> asked = PicturesIT.recordRequests(page);

        Request second = page.waitForRequestFinished(new Page.WaitForRequestFinishedOptions()
                .setPredicate(r -> "prefetch".equals(r.headers().get("purpose")) && r.url().endsWith("steps=2")),
                () -> page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Next step").setExact(true)).click());
        assertThat(page).hasURL(Pattern.compile("steps=1$"));
        assertThat(page.locator("#current-heading")).containsText("Step 1:");
        assertThat(page.locator("#step-status")).containsText("Step 1:");
        assertEquals(200, second.response().status());
        assertEquals(List.of(second.url()), asked.stream().filter(u -> u.contains("steps=")).toList(),
                "the click asked for nothing; the page then asked ahead for step 2");
        assertEquals("next-step", page.evaluate("() => document.activeElement.id"));

        page.goBack();
        assertThat(page).hasURL(Pattern.compile("tol=0\\.001$"));
        assertThat(page.locator("#current-heading")).containsText("Step 0:");
    }

    /**
     * When the server has no free hand for a prefetch (an empty 204), or the answer is not a lesson
     * state (an error's answer, which htmx may be told how to take), the click asks htmx as usual.
     */
    @ParameterizedTest
    @ValueSource(ints = {204, 200})
    void a_refused_or_unusable_prefetch_leaves_the_click_to_htmx(int status, Page page) {
        page.route(u -> u.contains("steps="), route -> {
            if (!"prefetch".equals(route.request().headers().get("purpose"))) route.resume();
            else if (status == 204) route.fulfill(new Route.FulfillOptions().setStatus(204));
            else route.fulfill(new Route.FulfillOptions().setStatus(200).setContentType("text/html").setBody("<p>Not a step</p>"));
        });
        page.navigate(LastBiasLessonPage.PATH + "?b3=0.4&lr=0.05&tol=0.001");
        Request click = page.waitForRequestFinished(new Page.WaitForRequestFinishedOptions()
                .setPredicate(r -> r.url().endsWith("steps=1") && r.headers().get("purpose") == null),
                () -> page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Next step").setExact(true)).click());
        assertEquals("true", click.headers().get("hx-request"));
        assertThat(page).hasURL(Pattern.compile("steps=1$"));
        assertThat(page.locator("#current-heading")).containsText("Step 1:");
    }

    /**
     * The "Embed this lesson" box loads its copy button's script when it is first opened, and its
     * snippet names the step on the screen, also after steps taken while it is open.
     */
    @Test
    void the_embed_box_gets_its_copy_button_when_opened_and_follows_the_steps(Page page) {
        page.navigate(LastBiasLessonPage.PATH + "?b3=0&lr=0.1&tol=0.001");
        Locator next = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Next step").setExact(true));
        next.click();
        assertThat(page).hasURL(Pattern.compile("steps=1$"));
        Locator copy = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Copy embed code"));
        assertThat(copy).isHidden();
        Locator snippet = page.locator("#embed-code");
        page.locator("[data-embed-code] summary").click();
        assertThat(copy).isVisible();
        assertThat(snippet).hasValue(Pattern.compile("src=\"[^\"]*/embed/tutorials/last-bias\\?b3=0&amp;lr=0\\.1&amp;tol=0\\.001&amp;steps=1\""));
        copy.click();
        assertThat(page.locator("[data-embed-code] [role=status]")).hasText("Copied.");
        next.click();
        assertThat(snippet).hasValue(Pattern.compile("&amp;steps=2\""));
    }

    /**
     * From the click on "Next step" to the swapped step painted: performance.now() at the click,
     * then two animation frames after htmx:afterSettle (the first frame after the swap has been
     * painted when the second starts). Prints the medians; asserts only that every step arrived.
     * The floor beside them is the same measure for a one-line swap on the same page, without a
     * request: what the two frames and the page's own work after any swap cost on this machine.
     * Then the median wait for the server's answer to the request made ahead of each click (request
     * sent to its first byte), which the first figure no longer waits for, and how many clicks came
     * before that answer and had to ask themselves. Last, the renderer main thread's CPU per step (Chromium's own counters, in
     * thread time, so that a busy machine changes it less than the wall clock): all of it, then
     * the parts spent in script, style and layout.
     */
    @Test
    void time_from_click_to_painted_step(Page page) {
        warmUp(page, LastBiasLessonPage.PATH + "?b3=0&lr=0.02&tol=0.00001");
        warmUp(page, AllParametersLessonPage.PATH + "?lr=0.02");
        System.out.println("Click to painted step, median of 20 (min, max): last bias "
                + stepTimes(page, LastBiasLessonPage.PATH + "?b3=0&lr=0.01&tol=0.00001") + ", all parameters "
                + stepTimes(page, AllParametersLessonPage.PATH));
    }

    private static String stepTimes(Page page, String url) {
        page.navigate(url);
        page.evaluate("() => { window.__steps = []; let start = 0;"
                + " document.addEventListener('click', () => { start = performance.now(); }, true);"
                + " document.addEventListener('htmx:afterSettle', () => requestAnimationFrame(() => requestAnimationFrame(() =>"
                + " window.__steps.push(performance.now() - start)))); }");
        Locator next = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Next step").setExact(true));
        CDPSession devTools = page.context().newCDPSession(page);
        JsonObject threadTime = new JsonObject();
        threadTime.addProperty("timeDomain", "threadTicks");
        devTools.send("Performance.enable", threadTime);
        Map<String, Double> before = metrics(devTools);
        List<Double> times = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            next.click();
            page.waitForFunction("n => window.__steps.length >= n", i);
            times.add(((Number) page.evaluate("n => window.__steps[n - 1]", i)).doubleValue());
        }
        assertEquals(20, times.size());
        Map<String, Double> after = metrics(devTools);
        devTools.detach();
        String cpu = String.format(", browser CPU per step %.0f ms (script %.0f, style %.0f, layout %.0f)",
                perStep(before, after, "TaskDuration"), perStep(before, after, "ScriptDuration"),
                perStep(before, after, "RecalcStyleDuration"), perStep(before, after, "LayoutDuration"));
        Object server = page.evaluate("() => performance.getEntriesByType('resource').filter(e => e.initiatorType === 'fetch')"
                + ".slice(-20).map(e => e.responseStart - e.requestStart)");
        List<Double> waits = new ArrayList<>();
        for (Object t : (List<?>) server) waits.add(((Number) t).doubleValue());
        Object asked = page.evaluate("() => performance.getEntriesByType('resource').filter(e => e.initiatorType === 'xmlhttprequest').length");
        List<Double> floor = new ArrayList<>();
        for (Object t : (List<?>) page.evaluate(ONE_LINE_SWAPS)) floor.add(((Number) t).doubleValue());
        assertEquals(20, floor.size());
        return median(times) + ", floor " + median(floor) + ", the server's answer to the request ahead " + median(waits)
                + ", clicks that had to ask " + asked + " of 20" + cpu;
    }

    /** Chromium's performance counters for the page: durations in seconds, counts. */
    private static Map<String, Double> metrics(CDPSession devTools) {
        Map<String, Double> metrics = new HashMap<>();
        for (JsonElement metric : devTools.send("Performance.getMetrics").getAsJsonArray("metrics")) {
            metrics.put(metric.getAsJsonObject().get("name").getAsString(), metric.getAsJsonObject().get("value").getAsDouble());
        }
        return metrics;
    }

    /** A duration counter's growth over the 20 steps, per step, in milliseconds. */
    private static double perStep(Map<String, Double> before, Map<String, Double> after, String name) {
        return (after.get(name) - before.get(name)) * 1000 / 20;
    }

    /**
     * Asks the server for 20 steps of a lesson at other settings than the measured ones: the first
     * steps after start-up were mostly the server's code being compiled (a never-cached step at
     * 50–70 ms instead of about 1 ms), which made whichever lesson was measured first look slow.
     * The measured steps are still never cached.
     */
    private static void warmUp(Page page, String url) {
        for (int i = 1; i <= 20; i++) {
            assertEquals(200, page.request().get(url + "&steps=" + i,
                    RequestOptions.create().setHeader("HX-Request", "true")).status());
        }
    }

    /** 20 swaps of the status line with its own text, each timed like a step. */
    private static final String ONE_LINE_SWAPS = "async () => { const times = []; const line = document.querySelector('[role=status]');"
            + " for (let i = 0; i < 20; i++) { await new Promise(r => setTimeout(r, 50));"
            + " const painted = new Promise(r => document.addEventListener('htmx:afterSettle', () => requestAnimationFrame(() => requestAnimationFrame(r)), { once: true }));"
            + " const start = performance.now(); htmx.swap(line, line.innerHTML, { swapStyle: 'innerHTML', swapDelay: 0, settleDelay: 0 });"
            + " await painted; times.push(performance.now() - start); } return times; }";

    private static String median(List<Double> times) {
        List<Double> sorted = times.stream().sorted().toList();
        int n = sorted.size();
        return String.format("%.0f ms (%.0f–%.0f)", (sorted.get((n - 1) / 2) + sorted.get(n / 2)) / 2, sorted.get(0), sorted.get(n - 1));
    }
}
