package io.stepwise.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stepwise.playground.PlaygroundState;
import io.stepwise.playground.PlaygroundUrl;
import io.stepwise.web.api.DescentApi;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

class PlaygroundTest extends ServerTest {
    static final String PATH = "/playground";
    static final ObjectMapper JSON = new ObjectMapper();
    static final String XOR = "layers=2-3-1&act=tanh&out=identity&loss=ssr&seed=7&train=all&data=0,0,0;0,1,1;1,0,1;1,1,0"
            + "&lr=0.1&tol=0.001&max=1000";

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** The region each step swaps, as the page embeds it. */
    static String state(String body) {
        int start = body.indexOf("<div id=\"lesson-state\"");
        int end = body.indexOf("</section>", start);
        return body.substring(start, end);
    }

    static String unescape(String href) { return href.replace("&amp;", "&"); }

    static String link(String body, String id) {
        Matcher m = Pattern.compile("id=\"" + id + "\"[^>]*href=\"([^\"]+)\"").matcher(body);
        assertTrue(m.find(), "no link " + id);
        return unescape(m.group(1));
    }

    /** Posts the setup form, url-encoded, as a browser does. */
    HttpResponse<String> post(Map<String, List<String>> form, String... headers) {
        return post(PATH, form, headers);
    }

    HttpResponse<String> post(String path, Map<String, List<String>> form, String... headers) {
        StringBuilder body = new StringBuilder();
        form.forEach((name, values) -> values.forEach(v -> body.append(body.length() == 0 ? "" : "&")
                .append(URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8))));
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.base() + path)).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body.toString()));
        if (headers.length > 0) b.headers(headers);
        try {
            return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The form fields of the default page, as a browser would send them untouched. */
    Map<String, List<String>> defaultForm() {
        String body = server.get(PATH).body();
        String form = body.substring(body.indexOf("<form id=\"pg-setup\""), body.indexOf("</form>"));
        Map<String, List<String>> fields = new LinkedHashMap<>();
        Matcher input = Pattern.compile("<input ([^>]*)>").matcher(form);
        while (input.find()) {
            String attrs = input.group(1);
            String name = attr(attrs, "name");
            if (name == null) continue;
            String type = attr(attrs, "type");
            if (("radio".equals(type) || "checkbox".equals(type)) && !attrs.contains(" checked")) continue;
            String value = attr(attrs, "value");
            fields.computeIfAbsent(name, k -> new ArrayList<>()).add(value == null ? "" : value);
        }
        Matcher select = Pattern.compile("<select [^>]*name=\"([^\"]+)\"[^>]*>(.*?)</select>", Pattern.DOTALL).matcher(form);
        while (select.find()) {
            Matcher chosen = Pattern.compile("<option value=\"([^\"]*)\" selected>").matcher(select.group(2));
            fields.put(select.group(1), new ArrayList<>(List.of(chosen.find() ? chosen.group(1) : "")));
        }
        fields.put("csv", new ArrayList<>(List.of("")));
        return fields;
    }

    /** The whole start tag of the input with this id, or "" when there is none. */
    static String inputTag(String body, String id) {
        Matcher m = Pattern.compile("<input id=\"" + Pattern.quote(id) + "\"[^>]*>").matcher(body);
        return m.find() ? m.group() : "";
    }

    static String attr(String attrs, String name) {
        Matcher m = Pattern.compile("(?:^|\\s)" + name + "=\"([^\"]*)\"").matcher(attrs);
        return m.find() ? m.group(1).replace("&amp;", "&") : null;
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class Page {
        @Test
        void the_default_is_the_dosage_network_with_every_parameter_training() {
            HttpResponse<String> r = server.get(PATH);
            assertEquals(200, r.statusCode());
            assertTrue(TestServer.vary(r).contains("HX-Request"));
            String body = r.body();
            assertTrue(body.stripLeading().startsWith("<!DOCTYPE html>"));
            assertTrue(body.contains("Step 0: SSR = <data value=\"1.8958781559227895\""), "the all-parameters lesson's start");
            assertTrue(body.contains("<form id=\"pg-setup\" class=\"setup-form\" action=\"/playground\" method=\"post\""));
            assertTrue(body.contains("id=\"pg-layers\" name=\"layers\" type=\"text\" value=\"1-2-1\""));
            assertTrue(body.contains("<caption>The update at step 0, learning rate 0.1: 7 of 7"));
            assertTrue(body.contains("Run until every |step size| &lt; 0.001"));
            assertTrue(body.contains("<svg class=\"network\""), "the network picture");
            assertTrue(body.contains("id=\"pg-chart-history\""), "the loss history");
            assertTrue(body.contains("id=\"pg-chart-fit-1\""), "the fit for one input");
            assertTrue(body.contains("<caption>δ of every neuron at step 0"));
        }

        @Test
        void a_permalink_shows_the_same_state_every_time_and_its_links_step() {
            String url = PATH + "?" + XOR + "&steps=3";
            String first = server.get(url).body();
            String again = server.get(url).body();
            assertEquals(state(first), state(again));
            assertTrue(first.contains("Step 3: SSR = "));
            assertTrue(first.contains("<a class=\"permalink\" href=\"" + url.replace("&", "&amp;") + "\""), "the canonical URL is the permalink");
            String next = link(first, "next-step");
            assertEquals(url.replace("steps=3", "steps=4"), next);
            assertTrue(server.get(next).body().contains("Step 4: SSR = "));
            assertEquals(url.replace("steps=3", "steps=2"), link(first, "previous-step"));
            assertEquals(url.replace("steps=3", "steps=0"), link(first, "reset-steps"));
        }

        @Test
        void the_permalink_round_trips_through_the_form_fields() {
            String body = server.get(PATH + "?" + XOR + "&steps=2").body();
            assertTrue(body.contains("value=\"2-3-1\""));
            assertTrue(body.contains("<option value=\"tanh\" selected>tanh</option>"));
            assertTrue(body.contains("id=\"pg-init-seed\" name=\"init\" value=\"seed\" checked"));
            assertTrue(body.contains("id=\"pg-seed\" name=\"seed\" type=\"text\" inputmode=\"numeric\" class=\"short\" value=\"7\""));
            assertTrue(body.contains("id=\"pg-r4c2\" name=\"r4c2\" type=\"text\" inputmode=\"decimal\" class=\"cell-input\" value=\"1\""));
        }

        @Test
        void the_fragment_for_htmx_is_the_region_the_page_contains() {
            HttpResponse<String> r = server.get(PATH + "?" + XOR + "&steps=2", "HX-Request", "true");
            assertEquals(200, r.statusCode());
            String body = r.body();
            assertFalse(body.contains("<html"));
            assertTrue(body.strip().startsWith("<div id=\"lesson-state\""));
            assertTrue(body.contains("hx-swap-oob=\"innerHTML\">Step 2: SSR = "));
            String page = server.get(PATH + "?" + XOR + "&steps=2").body();
            String region = body.substring(0, body.indexOf("<p id=\"step-status\"")).strip();
            assertTrue(page.contains(region), "the page embeds exactly the fragment");
        }

        @Test
        void a_large_learning_rate_shows_where_the_loss_exploded_and_never_nan() {
            for (String steps : new String[] {"0", "5", "1000"}) {
                HttpResponse<String> r = server.get(PATH + "?lr=50&steps=" + steps);
                assertEquals(200, r.statusCode());
                String body = r.body();
                assertTrue(body.contains("The loss exploded at step "), steps);
                assertTrue(body.contains("Try a smaller learning rate: halving it until SSR falls at every step"), steps);
                assertFalse(body.contains("such as 5"), "no rate is suggested that was not tried: " + steps);
                for (String bad : new String[] {"NaN", "Infinity", "∞", "not a number"}) assertFalse(body.contains(bad), bad + " at " + steps);
            }
            String last = server.get(PATH + "?lr=50&steps=1000").body();
            assertTrue(last.contains("You asked for step 1000; step "));
            assertTrue(last.contains("<span id=\"next-step\" class=\"button primary\" aria-disabled=\"true\">"));
        }

        @Test
        void the_done_note_quotes_the_loss_at_the_step_it_names() {
            // XOR-like 2-16-16-1 at step 2000: the run converges long before; the note gives that step's loss, not step 2000's.
            String q = "layers=2-16-16-1&act=tanh&out=identity&loss=ssr&seed=7&train=all&data=0,0,0;0,1,1;1,0,1;1,1,0"
                    + "&lr=0.05&tol=0.001&max=2000";
            String body = server.get(PATH + "?" + q + "&steps=2000").body();
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("Done: at step (\\d+) ").matcher(body);
            assertTrue(m.find(), "converged");
            int at = Integer.parseInt(m.group(1));
            String[] lines = server.get("/playground/export.csv?" + q + "&steps=" + at).body().split("\n");
            String loss = lines[at + 1].split(",")[1];
            String note = body.substring(m.start(), body.indexOf("</p>", m.start()));
            assertTrue(note.contains("SSR was down to " + io.stepwise.tutorial.Num.of(Double.parseDouble(loss)).display()), note);
        }

        @Test
        void no_inline_script_or_style() {
            String body = server.get(PATH + "?" + XOR + "&steps=2").body();
            assertFalse(body.contains("<script>"));
            assertFalse(Pattern.compile("<[a-z][^>]*\\sstyle=").matcher(body).find(), "a style attribute");
            assertFalse(body.contains("<style"));
            assertFalse(Pattern.compile("<[a-z][^>]*\\son[a-z]+=").matcher(body).find(), "an inline event handler");
        }

        @Test
        void the_home_page_and_every_lesson_link_to_the_playground() {
            assertTrue(server.get("/").body().contains("<a href=\"/playground\">Playground</a>"));
            String lesson = server.get("/tutorials/last-bias?b3=0.5&lr=0.2&tol=0.01&steps=2").body();
            String href = link(lesson.replace("<a href", "<a id=\"open-pg\" href"), "open-pg");
            Matcher m = Pattern.compile("<p class=\"playground-link\"><a href=\"([^\"]+)\">Open this step in the playground</a>").matcher(lesson);
            assertTrue(m.find(), "last-bias links to the playground");
            href = unescape(m.group(1));
            assertEquals("/playground?layers=1-2-1&act=softplus&out=identity&loss=ssr&w=3.34,-3.53,-1.22,-2.3&b=-1.43,0.57,0.5"
                    + "&train=b3&data=0,0;0.5,1;1,0&lr=0.2&tol=0.01&max=1000&steps=2", href);
            String playground = server.get(href).body();
            assertTrue(playground.contains("Step 2: SSR = "));
            assertTrue(playground.contains("1 of 7\n      parameters train") || playground.contains("1 of 7"));
            for (String path : new String[] {"/tutorials/all-parameters?steps=3", "/tutorials/dynamic-programming?shape=2-3-3-1"}) {
                Matcher other = Pattern.compile("<p class=\"playground-link\"><a href=\"([^\"]+)\">").matcher(server.get(path).body());
                assertTrue(other.find(), path);
                assertEquals(200, server.get(unescape(other.group(1))).statusCode(), path);
            }
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class SetupForm {
        @Test
        void a_good_form_redirects_to_the_canonical_permalink() {
            Map<String, List<String>> form = defaultForm();
            form.put("layers", List.of("2-3-1"));
            form.put("act", List.of("tanh"));
            form.put("init", List.of("seed"));
            form.put("seed", List.of("7"));
            form.put("csv", List.of("x1,x2,y\n0,0,0\n0,1,1\n1,0,1\n1,1,0\n"));
            HttpResponse<String> r = post(form);
            assertEquals(303, r.statusCode());
            assertEquals(PATH + "?" + XOR + "&steps=0", r.headers().firstValue("Location").orElse(""));
        }

        @Test
        void with_htmx_the_workspace_comes_back_and_the_permalink_is_pushed() {
            Map<String, List<String>> form = defaultForm();
            form.put("lr", List.of("0.05"));
            HttpResponse<String> r = post(form, "HX-Request", "true");
            assertEquals(200, r.statusCode());
            String pushed = r.headers().firstValue("HX-Push-Url").orElse("");
            assertTrue(pushed.startsWith(PATH + "?layers=1-2-1&"), pushed);
            assertTrue(pushed.contains("&lr=0.05&"), pushed);
            assertTrue(r.body().strip().startsWith("<div id=\"playground\" class=\"playground\">"));
            assertTrue(r.body().contains("hx-swap-oob=\"innerHTML\">Step 0: SSR = "));
        }

        @Test
        void a_bad_field_comes_back_marked_with_everything_else_kept() {
            Map<String, List<String>> form = defaultForm();
            form.put("lr", List.of("fast"));
            form.put("tol", List.of("0.05"));
            form.put("w2", List.of("7.5"));
            HttpResponse<String> r = post(form);
            assertEquals(400, r.statusCode());
            String body = r.body();
            assertTrue(body.contains("<html"));
            assertTrue(body.contains("<p class=\"error-message\">One field needs a change"));
            assertTrue(body.contains("<li><a href=\"#pg-lr\">Learning rate must be a number, not “fast”.</a></li>"));
            assertTrue(body.contains("<p class=\"field-error\" id=\"pg-lr-error\"><span class=\"visually-hidden\">Error: </span>"
                    + "Learning rate must be a number, not “fast”.</p>"));
            assertTrue(body.contains("<input id=\"pg-lr\" name=\"lr\" type=\"text\" inputmode=\"decimal\" value=\"fast\" autocomplete=\"off\"\n"
                    + "aria-describedby=\"pg-lr-error\" aria-invalid=\"true\">"), "aria-invalid and aria-describedby on the field");
            assertTrue(body.contains("name=\"tol\" type=\"text\" inputmode=\"decimal\" value=\"0.05\""), "tolerance as typed");
            assertTrue(body.contains("name=\"w2\" type=\"text\" inputmode=\"decimal\" class=\"cell-input\" value=\"7.5\""), "w2 as typed");
            assertTrue(body.contains("Nothing to show yet"));
            assertEquals(1, body.split("aria-invalid=\"true\"", -1).length - 1, "only the bad field is marked");
        }

        @Test
        void a_message_about_a_whole_table_marks_every_input_of_that_table() {
            Map<String, List<String>> form = defaultForm();
            form.put("layers", List.of("2-3-1"));
            HttpResponse<String> r = post(form);
            assertEquals(400, r.statusCode());
            String body = r.body();
            assertTrue(body.contains("<li><a href=\"#pg-w1\">The table holds start values for the 1-2-1 network"), "the summary links the first start value");
            assertTrue(body.contains("<li><a href=\"#pg-r1c1\">The table has columns for 1 input and 1 target"), "the summary links the first cell");
            assertTrue(body.contains("<p class=\"field-error\" id=\"pg-params-error\">"));
            assertTrue(body.contains("<p class=\"field-error\" id=\"pg-data-error\">"));
            for (String name : List.of("w1", "w2", "w3", "w4", "b1", "b2", "b3")) {
                assertTrue(inputTag(body, "pg-" + name).contains("aria-describedby=\"pg-params-error\" aria-invalid=\"true\""), name);
                assertFalse(inputTag(body, "pg-tp-" + name).contains("aria-invalid"), "its Train? box is not what the message is about");
            }
            Matcher cell = Pattern.compile("<input id=\"pg-r\\d+c\\d+\"[^>]*>").matcher(body);
            int cells = 0;
            for (; cell.find(); cells++) {
                assertTrue(cell.group().contains("aria-describedby=\"pg-data-error\" aria-invalid=\"true\""), cell.group());
            }
            assertTrue(cells >= 2, "every data cell is marked: " + cells);
        }

        @Test
        void with_htmx_a_bad_form_replaces_the_workspace_and_pushes_nothing() {
            Map<String, List<String>> form = defaultForm();
            form.put("csv", List.of("x,y\n0,0\n1\n"));
            HttpResponse<String> r = post(form, "HX-Request", "true");
            assertEquals(200, r.statusCode(), "the marked form is the answer, not a failed request");
            assertEquals("false", r.headers().firstValue("HX-Push-Url").orElse(""));
            assertFalse(r.body().contains("<html"));
            assertTrue(r.body().contains("Line 3 has 1 value; this network needs 2 values per line (1 input, then 1 target)."));
            assertTrue(r.body().contains("aria-describedby=\"pg-csv-hint pg-csv-error\" aria-invalid=\"true\">x,y\n0,0\n1\n</textarea>"));
        }

        @Test
        void a_setup_too_big_for_a_link_gets_a_clear_message() {
            Map<String, List<String>> form = defaultForm();
            StringBuilder csv = new StringBuilder();
            for (int i = 0; i < 300; i++) csv.append(i).append(",").append(Math.sin(i)).append('\n');
            form.put("csv", List.of(csv.toString()));
            form.put("max", List.of("100"));
            HttpResponse<String> r = post(form);
            assertEquals(400, r.statusCode());
            assertTrue(r.body().contains("This setup is too big for a link"));
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class BadPermalink {
        @Test
        void each_bad_field_is_marked_in_the_form_with_status_400() {
            HttpResponse<String> r = server.get(PATH + "?layers=2-3-1&act=swish&seed=7&data=0,0,0;0,1,NaN&lr=0.1&steps=1");
            assertEquals(400, r.statusCode());
            String body = r.body();
            assertTrue(body.contains("<p class=\"error-message\">2 fields need a change"));
            assertTrue(body.contains("Hidden activation must be one of softplus, relu, sigmoid, tanh, identity, not “swish”."));
            assertTrue(body.contains("Row 2, y must be a finite number, not “NaN”."));
            assertTrue(body.contains("id=\"pg-act\" name=\"act\" aria-describedby=\"pg-act-error\" aria-invalid=\"true\""));
            assertFalse(body.contains("<svg class=\"network\""));
        }

        @Test
        void with_htmx_the_marked_form_replaces_the_workspace() {
            HttpResponse<String> r = server.get(PATH + "?lr=-2", "HX-Request", "true");
            assertEquals(200, r.statusCode(), "the marked form is the answer, not a failed request");
            assertEquals("#playground", r.headers().firstValue("HX-Retarget").orElse(""));
            assertTrue(r.body().strip().startsWith("<div id=\"playground\""));
        }

        @Test
        void a_run_over_the_work_cap_is_refused_plainly() {
            HttpResponse<String> r = server.get(PATH + "?layers=1-64-64-1&seed=1&max=100000");
            assertEquals(400, r.statusCode());
            assertTrue(r.body().contains("This setup is too large to run: (max steps + 1) × "));
            assertTrue(r.body().contains("For the 1-64-64-1 network and 3 samples one step is "));
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class Hostile {
        final String[] values = {"<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "NaN", "-Infinity", "1e309", "",
                "-0", "9".repeat(60), "0x1p3", "a,b;c", "1-2-3-4-5-6-7-8-9", "64-64-64-64-64-64-64-64", ";;;", ",", "w0", "all,all"};

        @Test
        void any_value_in_any_permalink_field_gets_a_page_never_a_5xx_or_an_unescaped_echo() {
            List<String> fields = new ArrayList<>(PlaygroundUrl.SETUP_FIELDS);
            fields.addAll(List.of("steps", "logy"));
            for (String field : fields) {
                for (String value : values) {
                    String url = PATH + "?" + field + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
                    HttpResponse<String> r = server.get(url);
                    assertTrue(r.statusCode() == 200 || r.statusCode() == 400, r.statusCode() + " for " + url);
                    if (r.statusCode() == 400) assertTrue(r.body().contains("<p class=\"error-message\">"), url);
                    assertFalse(r.body().contains("<script>alert(1)</script>"), url);
                    assertFalse(r.body().contains("<img src=x"), url);
                    for (String export : new String[] {"/playground/export.csv", "/playground/export.json"}) {
                        int status = server.get(export + url.substring(PATH.length())).statusCode();
                        assertTrue(status == 200 || status == 400, status + " for " + export + " " + field + "=" + value);
                    }
                }
            }
        }

        @Test
        void any_value_in_any_form_field_comes_back_escaped_and_marked() {
            Map<String, List<String>> form = defaultForm();
            for (String field : List.copyOf(form.keySet())) {
                for (String value : values) {
                    Map<String, List<String>> changed = new LinkedHashMap<>(form);
                    changed.put(field, List.of(value));
                    HttpResponse<String> r = post(changed);
                    assertTrue(r.statusCode() == 303 || r.statusCode() == 400, r.statusCode() + " for " + field + "=" + value);
                    assertFalse(r.body().contains("<script>alert(1)</script>"), field);
                    assertFalse(r.body().contains("<img src=x"), field);
                }
            }
        }

        @Test
        void the_embed_view_posts_its_form_inside_the_frame() {
            String page = server.get("/embed" + PATH).body();
            assertTrue(page.contains("action=\"/embed/playground\" method=\"post\""), "the form stays in the frame");
            HttpResponse<String> r = post("/embed" + PATH, defaultForm());
            assertEquals(303, r.statusCode());
            assertTrue(r.headers().firstValue("Location").orElse("").startsWith("/embed/playground?layers=1-2-1&"));
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class Export {
        @Test
        void csv_holds_one_line_per_step_with_full_precision() {
            HttpResponse<String> r = server.get("/playground/export.csv?" + XOR + "&steps=3");
            assertEquals(200, r.statusCode());
            assertEquals("attachment; filename=\"playground-steps.csv\"", r.headers().firstValue("Content-Disposition").orElse(""));
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
            String[] lines = r.body().split("\n");
            assertEquals(5, lines.length);
            assertEquals("step,SSR,w1,w2,w3,w4,w5,w6,w7,w8,w9,b1,b2,b3,b4,gradient w1,gradient w2,gradient w3,gradient w4,gradient w5,"
                    + "gradient w6,gradient w7,gradient w8,gradient w9,gradient b1,gradient b2,gradient b3,gradient b4,step size w1,"
                    + "step size w2,step size w3,step size w4,step size w5,step size w6,step size w7,step size w8,step size w9,"
                    + "step size b1,step size b2,step size b3,step size b4", lines[0]);
            for (int k = 0; k <= 3; k++) {
                String[] cells = lines[k + 1].split(",");
                assertEquals(Integer.toString(k), cells[0]);
                assertEquals(41, cells.length);
            }
            // Step 0 starts from the seed's values, biases at 0, and its loss is the page's, to the last digit.
            String page = server.get(PATH + "?" + XOR + "&steps=0").body();
            String loss = lines[1].split(",")[1];
            assertTrue(page.contains("Step 0: SSR = <data value=\"" + Double.parseDouble(loss) + "\""), loss);
            assertEquals("0", lines[1].split(",")[11]);
            // Each step's values are the last step's minus its step sizes.
            String[] s0 = lines[1].split(",");
            String[] s1 = lines[2].split(",");
            for (int i = 0; i < 13; i++) {
                assertEquals(Double.parseDouble(s0[2 + i]) - Double.parseDouble(s0[28 + i]), Double.parseDouble(s1[2 + i]), 0, "parameter " + i);
            }
        }

        @Test
        void json_is_the_descent_request_and_the_api_response_to_it() throws IOException {
            HttpResponse<String> r = server.get("/playground/export.json?" + XOR + "&steps=3");
            assertEquals(200, r.statusCode());
            assertEquals("attachment; filename=\"playground.json\"", r.headers().firstValue("Content-Disposition").orElse(""));
            JsonNode root = JSON.readTree(r.body());
            assertEquals(server.base() + PATH + "?" + XOR + "&steps=3", root.get("permalink").asText());
            JsonNode request = root.get("request");
            List<String> fields = new ArrayList<>();
            request.fieldNames().forEachRemaining(fields::add);
            assertEquals(DescentApi.FIELDS, java.util.Set.copyOf(fields));
            assertEquals("[2,3,1]", request.at("/network/layers").toString());
            assertEquals(9, request.at("/network/weights").size());
            assertEquals("[\"all\"]", request.get("train").toString());
            HttpResponse<String> api = server.postJson("/api/v1/descent", request.toString());
            assertEquals(200, api.statusCode());
            assertEquals(JSON.readTree(api.body()), root.get("response"));
            assertEquals(3, request.get("maxSteps").asInt());
            assertEquals(3, root.at("/response/final/steps").asInt());
        }

        @Test
        void csv_and_json_cover_the_same_steps_with_the_same_numbers() throws IOException {
            for (String steps : new String[] {"0", "3", "150", "1000"}) {
                String q = XOR + "&steps=" + steps;
                String[] lines = server.get("/playground/export.csv?" + q).body().split("\n");
                JsonNode listed = JSON.readTree(server.get("/playground/export.json?" + q).body()).at("/response/steps");
                JsonNode fin = JSON.readTree(server.get("/playground/export.json?" + q).body()).at("/response/final");
                assertEquals(lines.length - 2, fin.get("steps").asInt(), "the same last step, steps=" + steps);
                // Every state the CSV holds, even past the 1,000 the API itself lists.
                assertEquals(lines.length - 1, listed.size(), "steps=" + steps);
                for (int k = 0; k < listed.size(); k++) {
                    String[] cells = lines[k + 1].split(",");
                    assertEquals(k, listed.get(k).get("index").asInt());
                    assertEquals(Double.parseDouble(cells[1]), listed.get(k).get("loss").asDouble(), 0.0, "steps=" + steps + " k=" + k);
                }
            }
        }

        @Test
        void the_json_permalink_is_absolute() throws IOException {
            JsonNode root = JSON.readTree(server.get("/playground/export.json?" + XOR + "&steps=1").body());
            assertTrue(root.get("permalink").asText().startsWith("http://127.0.0.1:"), root.get("permalink").asText());
        }

        @Test
        void a_chosen_set_is_exported_by_name() throws IOException {
            String q = PlaygroundUrl.query(PlaygroundState.DEFAULT).replace("train=all", "train=w3,b3");
            JsonNode root = JSON.readTree(server.get("/playground/export.json?" + q).body());
            assertEquals("[\"w3\",\"b3\"]", root.at("/request/train").toString());
            assertEquals(2, root.at("/response/steps/0/gradient").size());
        }

        @Test
        void a_bad_query_gets_a_400_that_names_the_field() {
            HttpResponse<String> r = server.get("/playground/export.csv?lr=abc");
            assertEquals(400, r.statusCode());
            assertTrue(r.body().contains("Learning rate must be a number, not “abc”."));
        }
    }
}
