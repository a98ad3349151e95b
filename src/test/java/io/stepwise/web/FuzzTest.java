package io.stepwise.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepwise.engine.Activation;
import io.stepwise.engine.Architecture;
import io.stepwise.engine.Limits;
import io.stepwise.lessons.dp.DpExample;
import io.stepwise.web.api.JsonBody;
import io.stepwise.lessons.allparameters.AllParametersPage;
import io.stepwise.lessons.dp.DpPage;
import io.stepwise.lessons.lastbias.LastBiasPage;
import io.stepwise.web.page.Lesson;
import io.stepwise.web.lesson.Lessons;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Random and hostile requests against the real server: every route and parameter, mutated JSON
 * bodies, odd methods, paths and raw HTTP. No request may get a 5xx, every 4xx must say what is
 * wrong, no script payload may come back unescaped, and the server must still answer afterwards.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FuzzTest {
    /** Fixed, so that a failure can be replayed; -Dstepwise.fuzz.seed=… explores other sequences. */
    static final long SEED = Long.getLong("stepwise.fuzz.seed", 20_251_123L);
    static final int MAX_REQUESTS = 3_000;
    static final Duration MAX_TIME = Duration.ofSeconds(20);
    static final ObjectMapper JSON = new ObjectMapper();
    static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /**
     * Requests Jetty refuses before any route runs get the site's error page from {@link io.stepwise.web.http.ServerErrors},
     * never stored (as every error is), without the Vary: Accept-Encoding of routed answers.
     */
    static final String REFUSED_CACHE_CONTROL = "no-store";

    /** Put into every field; none may come back where a browser would run it. */
    static final List<String> PAYLOADS = List.of(
            "<script>alert(1)</script>",
            "\"><img src=x onerror=alert(1)>",
            "javascript:alert(1)",
            "' onmouseover='");

    static final String DESCENT = """
            {
              "network": {"layers": [1, 2, 1], "hiddenActivation": "softplus", "outputActivation": "identity",
                          "weights": [3.34, -3.53, -1.22, -2.30], "biases": [-1.43, 0.57, 0.0]},
              "data": {"inputs": [[0], [0.5], [1]], "targets": [[0], [1], [0]]},
              "loss": "ssr", "learningRate": 0.1, "train": ["b3"], "maxSteps": 1000, "tolerance": 0.001
            }""";

    /** Each page route and the query parameters its handler reads. */
    static final Map<String, List<String>> PAGES = new LinkedHashMap<>();

    static final String LAST_BIAS = LastBiasPage.LESSON.path();
    static final String DYNAMIC_PROGRAMMING = DpPage.LESSON.path();

    static {
        PAGES.put(Paths.HOME, List.of());
        PAGES.put(Paths.HEALTH, List.of());
        for (Lesson l : Lessons.ALL) PAGES.put(l.path(), l.codec().fields().stream().map(io.stepwise.lesson.Field::name).toList());
    }

    /** Every query parameter name in {@link Paths} (its Q_ constants), so that new ones are fuzzed too. */
    static final List<String> QUERY_NAMES = queryNames();
    /** Every page path in {@link Paths} and {@link Lessons}, and each under /embed when there is such a prefix: new pages are fuzzed too. */
    static final List<String> ROUTES = routes();

    static final List<String> HOSTILE_VALUES = List.of(
            "NaN", "Infinity", "-Infinity", "1e308", "1e309", "-1e-400", "4.9e-324", "0x1p3", "1_000", "1,5", "\u22122",
            " 7 ", "", "+0", "-0", "00000000000000000000001", "9".repeat(40), "9".repeat(41), "1".repeat(500),
            "2147483648", "-1", "999999999", "1000000000", "1e3", "0.1.2", "%", "%25", "\u0000", "\t", "ø", "\uD83D\uDE42",
            "w0", "b0", "w99999999", "W1", "../../etc/passwd", "1-2-1 ", "2-3-3-1\n", "true", "null", "[]", "{}");

    private TestServer server;
    private HttpClient client;
    private final Random random = new Random(SEED);
    private final Map<Integer, Integer> histogram = new TreeMap<>();
    private final List<String> failures = new ArrayList<>();
    private Probe previous;
    private int refusedBeforeRouting;

    @BeforeAll
    void start() {
        server = new TestServer();
        client = newClient();
    }

    static HttpClient newClient() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    }

    @AfterAll
    void stop() { server.close(); }

    /** One request: what was sent, so that a failure can be reproduced. */
    record Probe(String method, String target, List<String> headers, byte[] body, boolean chunked, boolean raw) {
        boolean api() { return target.startsWith("/api/"); }

        boolean wantsFragment() {
            return headers.contains("HX-Request") && "true".equals(headers.get(headers.indexOf("HX-Request") + 1))
                    && !headers.contains("HX-History-Restore-Request");
        }

        @Override
        public String toString() {
            String b = body == null ? "" : " body(" + body.length + " bytes" + (chunked ? ", chunked" : "") + "): "
                    + new String(body, 0, Math.min(body.length, 300), StandardCharsets.UTF_8);
            return (raw ? "RAW " : "") + method + " " + (target.length() > 300 ? target.substring(0, 300) + "…" : target)
                    + " " + headers + b;
        }
    }

    record Reply(int status, Map<String, List<String>> headers, String body) {
        /** Refused by Jetty before any route: never stored, and without the Vary every routed answer has. */
        boolean refusedBeforeRouting() {
            if (!header("Cache-Control").equals(REFUSED_CACHE_CONTROL)) return false;
            for (Map.Entry<String, List<String>> e : headers.entrySet()) {
                if (e.getKey() != null && e.getKey().equalsIgnoreCase("Vary") && String.join(",", e.getValue()).contains("Accept-Encoding")) return false;
            }
            return true;
        }

        String header(String name) {
            for (Map.Entry<String, List<String>> e : headers.entrySet()) {
                if (e.getKey() != null && e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty()) return e.getValue().get(0);
            }
            return "";
        }
    }

    @Test
    void thousands_of_random_and_hostile_requests_get_no_5xx_and_no_unescaped_reflection() {
        long start = System.nanoTime();
        int sent = 0;
        while (sent < MAX_REQUESTS && System.nanoTime() - start < MAX_TIME.toNanos()) {
            int kind = random.nextInt(100);
            Probe probe = kind < 42 ? pageRequest() : kind < 45 ? formRequest() : kind < 85 ? apiRequest()
                    : kind < 95 ? pathRequest() : rawRequest();
            Reply reply;
            try {
                reply = probe.raw() ? sendRaw(probe) : send(probe);
            } catch (IOException e) {
                failures.add("no response (" + e + ") to " + probe + "\n  after " + previous);
                sent++;
                continue;
            } finally {
                previous = probe;
            }
            sent++;
            histogram.merge(reply.status(), 1, Integer::sum);
            check(probe, reply);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "FuzzTest: %d requests in %.1f s (seed %d); status codes %s; %d refused by Jetty before routing%n",
                sent, seconds, SEED, histogram, refusedBeforeRouting);

        Reply health = sendQuietly(new Probe("GET", Paths.HEALTH, List.of(), null, false, false));
        assertEquals(200, health.status(), "the server still answers /healthz");
        assertEquals("ok", health.body());
        Reply lesson = sendQuietly(new Probe("GET", LAST_BIAS + "?steps=2", List.of(), null, false, false));
        assertEquals(200, lesson.status(), "the server still renders a lesson");
        assertTrue(lesson.body().contains("Fit the last bias"));
        assertTrue(failures.isEmpty(), failures.size() + " failures, the first ones:\n" + String.join("\n\n", failures.subList(0, Math.min(15, failures.size()))));
    }

    /**
     * Work caps are checked before any work starts: a run over the cap by one update is refused,
     * and so is a run that would take hours (this would time out if work started); the largest run
     * allowed, for the shape that costs most per work unit, completes. Each request is sent once
     * to warm up, then timed; times are printed, not asserted.
     */
    @Test
    void work_caps_are_enforced_before_work_starts() {
        int samples = Limits.MAX_SAMPLES;
        Architecture oneByOne = Architecture.of(Activation.SOFTPLUS, Activation.SOFTPLUS, 1, 1);
        int maxSteps = (int) Math.min(Limits.MAX_STEPS, Limits.MAX_WORK / Limits.perUpdate(oneByOne, samples) - 1);
        assertTrue(Limits.work(oneByOne, samples, maxSteps) <= Limits.MAX_WORK);
        assertTrue(Limits.work(oneByOne, samples, maxSteps + 1) > Limits.MAX_WORK);

        String overByOne = largestDescent(samples, maxSteps + 1);
        postJson(Paths.API_DESCENT, overByOne);
        Reply over = timed("descent, 1-1 softplus, " + samples + " samples, maxSteps " + (maxSteps + 1) + " (refused)",
                () -> postJson(Paths.API_DESCENT, overByOne));
        assertEquals(400, over.status(), over.body());
        JsonNode error = parse(over.body());
        assertEquals("maxSteps", error.get("field").asText());
        assertTrue(error.get("error").asText().contains("too large"), over.body());

        String hours = hugeDescent(samples);
        postJson(Paths.API_DESCENT, hours);
        Reply huge = timed("descent, 64×7-1 network, " + samples + " samples, maxSteps " + Limits.MAX_STEPS + " (refused)",
                () -> postJson(Paths.API_DESCENT, hours));
        assertEquals(400, huge.status(), huge.body());
        assertEquals("maxSteps", parse(huge.body()).get("field").asText());

        String largestBody = largestDescent(samples, maxSteps);
        postJson(Paths.API_DESCENT, largestBody);
        Reply largest = timed("descent, 1-1 softplus, " + samples + " samples, maxSteps " + maxSteps + " (work "
                + Limits.work(oneByOne, samples, maxSteps) + ", the largest allowed)", () -> postJson(Paths.API_DESCENT, largestBody));
        assertEquals(200, largest.status(), excerpt(largest.body()));
        JsonNode fin = parse(largest.body()).get("final");
        assertEquals(maxSteps, fin.get("steps").asInt());
        assertTrue(fin.get("listedSteps").asInt() >= 1);
    }

    /** Backprop has no step count to cap, but its finite-difference check is skipped before it starts when too large. */
    @Test
    void the_largest_backprop_skips_the_finite_difference_check() {
        // 8 layers of 64 list 3 × 512 numbers per sample: 325 samples stay under the listing cap, 1,000 do not.
        Reply refused = postJson(Paths.API_BACKPROP, largestBackprop(Limits.MAX_SAMPLES));
        assertEquals(400, refused.status(), excerpt(refused.body()));
        assertTrue(refused.body().contains("over the limit of 500000"), excerpt(refused.body()));
        String body = largestBackprop(325);
        postJson(Paths.API_BACKPROP, body);
        Reply r = timed("backprop, 8 layers of 64, 325 samples (" + body.length() + " characters sent)",
                () -> postJson(Paths.API_BACKPROP, body));
        assertEquals(200, r.status(), excerpt(r.body()));
        JsonNode node = parse(r.body());
        assertTrue(node.get("numericalGradient").isNull());
        assertTrue(node.get("numericalGradientSkipped").asText().contains("too large"));
    }

    // ---------------------------------------------------------------- requests

    Probe pageRequest() {
        List<String> routes = new ArrayList<>(PAGES.keySet());
        String path = random.nextInt(5) == 0 ? pick(ROUTES) : routes.get(random.nextInt(routes.size()));
        List<String> names = PAGES.getOrDefault(path, QUERY_NAMES);
        StringBuilder query = new StringBuilder();
        int count = random.nextInt(6);
        for (int i = 0; i < count; i++) {
            int which = random.nextInt(10);
            String name = which == 0 ? junkName() : which == 1 || names.isEmpty() ? pick(QUERY_NAMES)
                    : names.get(random.nextInt(names.size()));
            String value = random.nextBoolean() ? validValue(name) : hostileValue();
            query.append(query.length() == 0 ? "?" : "&").append(encode(name)).append('=').append(encode(value));
            if (random.nextInt(15) == 0) query.append('&').append(encode(name)).append('=').append(encode(validValue(name)));
        }
        if (random.nextInt(30) == 0) query.append(query.length() == 0 ? "?" : "&").append(encode(validValue(Paths.Q_STEPS)));
        List<String> headers = new ArrayList<>();
        int hx = random.nextInt(10);
        if (hx < 5) headers.addAll(List.of("HX-Request", "true"));
        else if (hx == 5) headers.addAll(List.of("HX-Request", pick(List.of("false", "TRUE", "1", pick(PAYLOADS)))));
        if (random.nextInt(20) == 0) headers.addAll(List.of("HX-History-Restore-Request", "true"));
        if (random.nextInt(10) == 0) headers.addAll(List.of("HX-Current-URL", pick(PAYLOADS)));
        if (random.nextInt(10) == 0) headers.addAll(List.of("HX-Target", pick(PAYLOADS)));
        String method = random.nextInt(25) == 0 ? "HEAD" : "GET";
        return new Probe(method, path + query, headers, null, false, false);
    }

    /** A form post, as a browser would send it, to any page. */
    Probe formRequest() {
        StringBuilder body = new StringBuilder();
        for (int i = 0, n = random.nextInt(8); i < n; i++) {
            String name = random.nextInt(4) == 0 ? junkName() : pick(QUERY_NAMES);
            String value = random.nextBoolean() ? validValue(name) : hostileValue();
            if (random.nextInt(20) == 0) value = "1,2\n3,4\n" + pick(PAYLOADS) + ",5\n";
            body.append(body.length() == 0 ? "" : "&").append(encode(name)).append('=').append(encode(value));
        }
        List<String> headers = new ArrayList<>(List.of("Content-Type", "application/x-www-form-urlencoded"));
        if (random.nextBoolean()) headers.addAll(List.of("HX-Request", "true"));
        return new Probe("POST", pick(ROUTES), headers, body.toString().getBytes(StandardCharsets.UTF_8), false, false);
    }

    Probe apiRequest() {
        boolean descent = random.nextInt(10) < 6;
        String path = descent ? Paths.API_DESCENT : Paths.API_BACKPROP;
        ObjectNode body = random.nextInt(6) == 0 ? randomValidProblem(descent) : reference(descent);
        int mutations = 1 + random.nextInt(3);
        for (int i = 0; i < mutations; i++) mutate(body, descent);
        byte[] bytes = text(body);
        int textual = random.nextInt(100);
        if (textual < 8) bytes = truncate(bytes);
        else if (textual < 12) bytes = replaceFirst(bytes, "{", "{\"loss\": \"ssr\", ");
        else if (textual < 20) bytes = replaceNumber(bytes, pick(List.of("NaN", "Infinity", "-Infinity", "1e999", "-1e999",
                "0x10", "01", ".5", "5.", "1e", "+1", "9".repeat(401), "1" + "0".repeat(300))));
        else if (textual < 22) bytes = replaceNumber(bytes, "[".repeat(200) + "]".repeat(200));
        else if (textual < 24) bytes = (new String(bytes, StandardCharsets.UTF_8) + pick(List.of(" xyz", "}", "]", ",", " {}"))).getBytes(StandardCharsets.UTF_8);
        else if (textual < 26) bytes = pick(List.of("", " ", "null", "[]", "42", "\"text\"", "{", "}", "{'loss': 'ssr'}",
                "{\"network\": /* comment */ 1}", "{\"a\":1,\"a\":2}")).getBytes(StandardCharsets.UTF_8);
        else if (textual < 27) {
            bytes = text(body);
            bytes[random.nextInt(bytes.length)] = (byte) 0xC3;
            bytes[random.nextInt(bytes.length)] = (byte) 0xFF;
        } else if (textual < 29) bytes = oversized(random.nextBoolean());
        boolean chunked = textual >= 27 && textual < 29 ? random.nextBoolean() : random.nextInt(20) == 0;
        List<String> headers = new ArrayList<>();
        int type = random.nextInt(100);
        if (type < 85) headers.addAll(List.of("Content-Type", "application/json"));
        else if (type < 98) headers.addAll(List.of("Content-Type", pick(List.of("text/plain", "application/x-www-form-urlencoded",
                "application/json; charset=utf-8", "APPLICATION/JSON", "multipart/form-data; boundary=x", "text/html",
                "application/xml", pick(PAYLOADS)))));
        if (random.nextInt(10) == 0) headers.addAll(List.of("HX-Request", "true"));
        String method = random.nextInt(30) == 0 ? pick(List.of("GET", "PUT", "DELETE", "PATCH")) : "POST";
        return new Probe(method, path, headers, method.equals("GET") ? null : bytes, chunked, false);
    }

    Probe pathRequest() {
        List<String> bases = List.of(Paths.HOME, Paths.HEALTH, LAST_BIAS, AllParametersPage.LESSON.path(), DYNAMIC_PROGRAMMING,
                Paths.API_DESCENT, Paths.API_BACKPROP, "/static", "/static/css", "/webjars", "/api/v1", "/tutorials", "/api");
        String path;
        int shape = random.nextInt(10);
        if (shape < 3) path = pick(bases) + pick(List.of("/", "//", "/x", ".json", "/..", "/%2e%2e/%2e%2e/etc/passwd",
                ";jsessionid=1", "%2F..%2Fpom.xml", "/" + encodeSegment(pick(PAYLOADS)), "/%00", "/index.html"));
        else if (shape < 6) {
            StringBuilder b = new StringBuilder();
            for (int i = 0, n = 1 + random.nextInt(4); i < n; i++) b.append('/').append(encodeSegment(segment()));
            path = b.toString();
        } else if (shape < 8) path = pick(List.of("/tutorials/", "/static/", "/webjars/", "/api/v1/")) + encodeSegment(pick(PAYLOADS));
        else if (shape < 9) path = "/" + "a".repeat(1 + random.nextInt(4_000));
        else path = pick(List.of("/static/../pom.xml", "/static/css/../../pom.xml", "/webjars/../META-INF/MANIFEST.MF",
                "/static/css/stepwise.css?" + encode(pick(PAYLOADS)), "/webjars/htmx.org/0.0.0/dist/htmx.min.js", "/.git/config",
                "/static/%2e%2e/%2e%2e/pom.xml", "/static/css/stepwise.css%3F", "/%5C..%5C..%5Cetc%5Cpasswd"));
        String method = pick(List.of("GET", "GET", "GET", "GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS"));
        List<String> headers = new ArrayList<>();
        if (random.nextBoolean()) headers.addAll(List.of("HX-Request", "true"));
        byte[] body = method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS") ? null
                : pick(PAYLOADS).getBytes(StandardCharsets.UTF_8);
        if (body != null) headers.addAll(List.of("Content-Type", random.nextBoolean() ? "application/json" : "text/plain"));
        return new Probe(method, path, headers, body, false, false);
    }

    /** Requests a well-behaved client would not send, written straight to a socket. */
    Probe rawRequest() {
        String payload = pick(PAYLOADS);
        List<Supplier<Probe>> choices = List.of(
                () -> rawGet(LAST_BIAS + "?lr=%zz", List.of()),
                () -> rawGet("/%zz", List.of()),
                () -> rawGet("/" + payload.replace(' ', '+'), List.of()),
                () -> rawGet(LAST_BIAS + "?lr=" + payload.replace(' ', '+'), List.of()),
                () -> rawGet(DYNAMIC_PROGRAMMING + "?shape=" + payload.replace(' ', '+'), List.of("HX-Request", "true")),
                () -> rawGet("/tutorials/" + payload.replace(' ', '+'), List.of("HX-Request", "true")),
                () -> rawGet(LAST_BIAS, List.of("HX-Request", payload)),
                () -> rawGet("/" + "x".repeat(20_000), List.of()),
                () -> rawGet(Paths.HOME, List.of("X-Long", "y".repeat(20_000))),
                () -> rawGet("*", List.of()),
                () -> rawGet("http://evil.example/", List.of()),
                () -> rawGet(LAST_BIAS + "?steps=1#" + payload.replace(' ', '+'), List.of()),
                () -> new Probe("BREW", Paths.HOME, List.of(), null, false, true),
                () -> new Probe("POST", Paths.API_DESCENT, List.of("Content-Type", "application/json", "Content-Length", "100"),
                        "{\"network\":".getBytes(StandardCharsets.UTF_8), false, true),
                () -> new Probe("POST", Paths.API_DESCENT, List.of("Content-Type", "application/json", "Content-Length", "-5"),
                        "{}".getBytes(StandardCharsets.UTF_8), false, true),
                () -> new Probe("POST", Paths.API_DESCENT, List.of("Content-Type", "application/json", "Content-Length", "99999999999"),
                        "{}".getBytes(StandardCharsets.UTF_8), false, true));
        return pick(choices).get();
    }

    Probe rawGet(String target, List<String> headers) {
        return new Probe("GET", target, headers, null, false, true);
    }

    // ---------------------------------------------------------------- JSON mutation

    ObjectNode reference(boolean descent) {
        ObjectNode node = (ObjectNode) parse(DESCENT);
        if (!descent) {
            for (String f : List.of("learningRate", "train", "maxSteps", "tolerance")) node.remove(f);
        }
        return node;
    }

    /** A consistent problem with random shape, activations, loss and settings, kept small. */
    ObjectNode randomValidProblem(boolean descent) {
        List<String> activations = List.of("softplus", "relu", "sigmoid", "tanh", "identity");
        int layers = 2 + random.nextInt(3);
        ArrayNode sizes = NODES.arrayNode();
        int weights = 0;
        int biases = 0;
        int previous = 0;
        int[] s = new int[layers];
        for (int l = 0; l < layers; l++) {
            s[l] = 1 + random.nextInt(6);
            sizes.add(s[l]);
            if (l > 0) {
                weights += s[l] * previous;
                biases += s[l];
            }
            previous = s[l];
        }
        ObjectNode root = NODES.objectNode();
        ObjectNode net = root.putObject("network");
        net.set("layers", sizes);
        net.put("hiddenActivation", pick(activations));
        net.put("outputActivation", pick(activations));
        ArrayNode w = net.putArray("weights");
        for (int i = 0; i < weights; i++) w.add(4 * random.nextDouble() - 2);
        ArrayNode b = net.putArray("biases");
        for (int i = 0; i < biases; i++) b.add(random.nextDouble() - 0.5);
        ObjectNode data = root.putObject("data");
        ArrayNode in = data.putArray("inputs");
        ArrayNode out = data.putArray("targets");
        int samples = 1 + random.nextInt(20);
        for (int n = 0; n < samples; n++) {
            ArrayNode x = in.addArray();
            for (int i = 0; i < s[0]; i++) x.add(random.nextGaussian());
            ArrayNode y = out.addArray();
            for (int o = 0; o < s[layers - 1]; o++) y.add(random.nextGaussian());
        }
        root.put("loss", pick(List.of("ssr", "half-sse", "mse")));
        if (descent) {
            root.put("learningRate", pick(List.of(0.001, 0.1, 1.0, 50.0, 1000.0)));
            root.put("maxSteps", random.nextInt(300));
            if (random.nextBoolean()) root.put("tolerance", pick(List.of(1e-6, 0.001, 1.0)));
            root.putArray("train").add(pick(List.of("all", "weights", "biases", "w1", "b1")));
        }
        return root;
    }

    void mutate(ObjectNode root, boolean descent) {
        switch (random.nextInt(10)) {
            case 0 -> replaceRandomLeaf(root);
            case 1 -> removeRandomField(root);
            case 2 -> {
                List<ObjectNode> objects = objects(root);
                pick(objects).set(random.nextBoolean() ? pick(PAYLOADS) : junkName(), hostileNode());
            }
            case 3 -> resizeRandomArray(root);
            case 4 -> {
                String where = pick(List.of("hiddenActivation", "outputActivation", "loss"));
                // An earlier mutation may have replaced the network with something else.
                ObjectNode target = where.equals("loss") ? root : root.get("network") instanceof ObjectNode n ? n : null;
                if (target != null) target.put(where, pick(List.of(pick(PAYLOADS), "Softplus", "SOFTPLUS", "relu ", "", "swish",
                        "x".repeat(10_000), "cross-entropy")));
            }
            case 5 -> {
                ArrayNode train = root.putArray("train");
                for (int i = 0, n = random.nextInt(6); i < n; i++) {
                    train.add(pick(List.of("all", "weights", "biases", "w1", "b3", "w0", "b99", "w4", pick(PAYLOADS), "w" + "9".repeat(30))));
                }
                if (random.nextInt(4) == 0) train.add(3);
            }
            case 6 -> root.set("maxSteps", pick(List.of(NODES.numberNode(-1), NODES.numberNode(0), NODES.numberNode(1),
                    NODES.numberNode(Limits.MAX_STEPS), NODES.numberNode(Limits.MAX_STEPS + 1), NODES.numberNode(2_147_483_648L),
                    NODES.numberNode(1e9), NODES.numberNode(1.5), NODES.textNode("5"), NODES.numberNode(1e308),
                    NODES.numberNode(new BigInteger("9".repeat(50))))));
            case 7 -> root.set(random.nextBoolean() ? "learningRate" : "tolerance", pick(List.of(NODES.numberNode(0),
                    NODES.numberNode(-1), NODES.numberNode(1e-320), NODES.numberNode(1000), NODES.numberNode(1000.0001),
                    NODES.numberNode(1e308), NODES.textNode("0.1"), NODES.numberNode(new BigDecimal("1e400")), NODES.booleanNode(true))));
            case 8 -> {
                ObjectNode net = root.get("network") instanceof ObjectNode n ? n : root.putObject("network");
                ArrayNode layers = net.putArray("layers");
                for (int i = 0, n = random.nextInt(11); i < n; i++) layers.add(pick(List.of(0, 1, 2, 64, 65, -1, 1_000_000)));
            }
            default -> {
                if (root.get("data") instanceof ObjectNode data) {
                    ArrayNode rows = data.putArray(random.nextBoolean() ? "inputs" : "targets");
                    int n = pick(List.of(0, 1, 3, Limits.MAX_SAMPLES + 1));
                    for (int i = 0; i < n; i++) rows.addArray().add(random.nextDouble());
                }
            }
        }
    }

    JsonNode hostileNode() {
        return switch (random.nextInt(12)) {
            case 0, 1 -> NODES.textNode(pick(PAYLOADS));
            case 2 -> NODES.numberNode(pick(List.of(1e308, -1e308, Double.MIN_VALUE, -0.0, 1e-320)));
            case 3 -> NODES.numberNode(Long.MAX_VALUE);
            case 4 -> NODES.numberNode(new BigInteger("1" + "0".repeat(100)));
            case 5 -> NODES.booleanNode(random.nextBoolean());
            case 6 -> NODES.nullNode();
            case 7 -> NODES.arrayNode();
            case 8 -> NODES.objectNode();
            case 9 -> NODES.arrayNode().add(NODES.arrayNode().add(1).add(2)).add(pick(PAYLOADS));
            case 10 -> NODES.textNode("x".repeat(10_000 + random.nextInt(50_000)));
            default -> NODES.numberNode(new BigDecimal("1e400"));
        };
    }

    void replaceRandomLeaf(ObjectNode root) {
        List<JsonNode> containers = new ArrayList<>();
        collect(root, containers);
        JsonNode parent = pick(containers);
        if (parent instanceof ObjectNode o && o.size() > 0) {
            List<String> names = new ArrayList<>();
            o.fieldNames().forEachRemaining(names::add);
            o.set(pick(names), hostileNode());
        } else if (parent instanceof ArrayNode a && a.size() > 0) {
            a.set(random.nextInt(a.size()), hostileNode());
        }
    }

    void removeRandomField(ObjectNode root) {
        List<ObjectNode> objects = objects(root);
        ObjectNode o = pick(objects);
        if (o.size() == 0) return;
        List<String> names = new ArrayList<>();
        o.fieldNames().forEachRemaining(names::add);
        o.remove(pick(names));
    }

    void resizeRandomArray(ObjectNode root) {
        List<JsonNode> containers = new ArrayList<>();
        collect(root, containers);
        List<ArrayNode> arrays = new ArrayList<>();
        for (JsonNode n : containers) if (n instanceof ArrayNode a) arrays.add(a);
        if (arrays.isEmpty()) return;
        ArrayNode a = pick(arrays);
        if (a.size() > 0 && random.nextBoolean()) a.remove(random.nextInt(a.size()));
        else a.add(a.size() > 0 ? a.get(0).deepCopy() : NODES.numberNode(1));
    }

    static void collect(JsonNode node, List<JsonNode> out) {
        if (node.isContainerNode()) {
            out.add(node);
            for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) collect(it.next(), out);
        }
    }

    static List<ObjectNode> objects(JsonNode root) {
        List<JsonNode> containers = new ArrayList<>();
        collect(root, containers);
        List<ObjectNode> objects = new ArrayList<>();
        for (JsonNode n : containers) if (n instanceof ObjectNode o) objects.add(o);
        return objects;
    }

    byte[] oversized(boolean declaredLength) {
        int size = JsonBody.MAX_BYTES + 1 + random.nextInt(declaredLength ? 200_000 : 1_000_000);
        return ("{\"pad\": \"" + "x".repeat(size) + "\"}").getBytes(StandardCharsets.UTF_8);
    }

    byte[] truncate(byte[] bytes) {
        return java.util.Arrays.copyOf(bytes, random.nextInt(bytes.length));
    }

    byte[] replaceFirst(byte[] bytes, String what, String with) {
        return new String(bytes, StandardCharsets.UTF_8).replaceFirst(java.util.regex.Pattern.quote(what),
                java.util.regex.Matcher.quoteReplacement(with)).getBytes(StandardCharsets.UTF_8);
    }

    /** Replaces one numeric token, chosen at random, with raw text. */
    byte[] replaceNumber(byte[] bytes, String with) {
        String s = new String(bytes, StandardCharsets.UTF_8);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?<=[\\[:,]\\s?)-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?").matcher(s);
        List<int[]> spans = new ArrayList<>();
        while (m.find()) spans.add(new int[] {m.start(), m.end()});
        if (spans.isEmpty()) return bytes;
        int[] span = pick(spans);
        return (s.substring(0, span[0]) + with + s.substring(span[1])).getBytes(StandardCharsets.UTF_8);
    }

    // ---------------------------------------------------------------- values

    String validValue(String name) {
        return switch (name) {
            case Paths.Q_B3 -> pick(List.of("0", "-3.5", "2.61", "1000", "-1000", "0.0001"));
            case Paths.Q_LEARNING_RATE -> pick(List.of("0.1", "0.01", "1", "10", "100", "0.5"));
            case Paths.Q_TOLERANCE -> pick(List.of("0.001", "1", "1e-9", "1000", "0.5"));
            case Paths.Q_STEPS -> pick(List.of("0", "1", "5", "9", "471", "1000", "2000"));
            case Paths.Q_SHAPE -> pick(DpExample.ALL).id();
            case Paths.Q_FILLED -> String.valueOf(random.nextInt(5));
            case Paths.Q_PARAMETER -> pick(List.of("w1", "b3", "w7", "b1", "w12"));
            case Paths.Q_SAMPLE -> String.valueOf(random.nextInt(5));
            default -> pick(List.of("1", "0", "true", "x", "2-3-3-1", pick(PAYLOADS)));
        };
    }

    String hostileValue() {
        return random.nextInt(3) == 0 ? pick(PAYLOADS) : pick(HOSTILE_VALUES);
    }

    String junkName() {
        return pick(List.of(pick(PAYLOADS), "x", "LR", "steps[]", "b3 ", "", "_", "hx-request", "q".repeat(200)));
    }

    String segment() {
        return pick(List.of(pick(PAYLOADS), "tutorials", "api", "v1", "..", ".", "static", "css", "%", "~", "ø", "a b", "x".repeat(50)));
    }

    <T> T pick(List<T> list) { return list.get(random.nextInt(list.size())); }

    static List<String> routes() {
        List<String> routes = new ArrayList<>();
        String embed = null;
        for (java.lang.reflect.Field f : Paths.class.getFields()) {
            if (f.getType() != String.class) continue;
            String value;
            try {
                value = (String) f.get(null);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
            if (f.getName().equals("EMBED")) embed = value;
            else if (value.startsWith("/") && !value.startsWith("/static/") && !value.startsWith("/webjars/")) routes.add(value);
        }
        for (Lesson l : Lessons.ALL) routes.add(l.path());
        if (embed != null) {
            for (String r : List.copyOf(routes)) if (r.startsWith("/tutorials/")) routes.add(embed + r);
        }
        return List.copyOf(routes);
    }

    static List<String> queryNames() {
        List<String> names = new ArrayList<>();
        for (java.lang.reflect.Field f : Paths.class.getFields()) {
            if (f.getName().startsWith("Q_") && f.getType() == String.class) {
                try {
                    names.add((String) f.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return List.copyOf(names);
    }

    static String encode(String s) { return URLEncoder.encode(s, StandardCharsets.UTF_8); }

    static String encodeSegment(String s) { return encode(s).replace("+", "%20"); }

    static byte[] text(JsonNode node) {
        try {
            return JSON.writeValueAsBytes(node);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static JsonNode parse(String s) {
        try {
            return JSON.readTree(s);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + s.substring(0, Math.min(300, s.length())), e);
        }
    }

    // ---------------------------------------------------------------- checks

    void check(Probe probe, Reply reply) {
        int status = reply.status();
        if (status >= 500) {
            failures.add(status + " for " + probe + "\n  → " + excerpt(reply.body()));
            return;
        }
        String type = reply.header("Content-Type").toLowerCase(Locale.ROOT);
        // A script or stylesheet is never a document, so it carries nosniff and no document policy.
        boolean subresource = type.startsWith("text/css") || type.startsWith("text/javascript");
        if (!subresource && !reply.header("Content-Security-Policy").contains("script-src 'self'") || !reply.header("X-Content-Type-Options").equals("nosniff")) {
            failures.add(status + " without the security headers for " + probe);
        }
        if (status >= 400 && reply.refusedBeforeRouting()) {
            // Refused by Jetty before any route (a malformed request, an ambiguous path such as /..
            // or %00, a URI or header too long), HEAD included. Jetty may close the connection after
            // such a refusal without sending Connection: close; a client that reused it would see
            // its next request fail, so start a fresh one.
            refusedBeforeRouting++;
            if (!probe.raw()) client = newClient();
        }
        if (status >= 400 && !probe.method().equals("HEAD")) checkMessage(probe, reply, type);
        if (status == 200 && probe.api() && probe.method().equals("POST")) {
            try {
                JSON.readTree(reply.body());
            } catch (IOException e) {
                failures.add("200 with a body that is not strict JSON for " + probe + "\n  → " + excerpt(reply.body()));
            }
        }
        checkNoReflection(probe, reply, type);
    }

    /** A 4xx says what is wrong: JSON {error, field} from the API, an error page or fragment otherwise. */
    void checkMessage(Probe probe, Reply reply, String type) {
        String body = reply.body();
        if (reply.refusedBeforeRouting()) {
            // Refused before routing: the site's error page, as HTML even for the API.
            if (!type.startsWith("text/html") || !body.contains("<p class=\"error-message\">")) {
                failures.add(reply.status() + " refused before routing without a message for " + probe + "\n  → " + excerpt(body));
            }
            return;
        }
        if (probe.api()) {
            JsonNode node;
            try {
                node = JSON.readTree(body);
            } catch (IOException e) {
                failures.add(reply.status() + " from the API without JSON for " + probe + "\n  → " + excerpt(body));
                return;
            }
            if (!type.startsWith("application/json") || node == null || !node.path("error").isTextual()
                    || node.get("error").asText().isBlank() || !node.path("field").isTextual()) {
                failures.add(reply.status() + " from the API without {error, field} for " + probe + "\n  → " + excerpt(body));
            }
            return;
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<p class=\"error-message\">([^<]+)</p>").matcher(body);
        if (!type.startsWith("text/html") || !m.find() || m.group(1).isBlank()) {
            failures.add(reply.status() + " without an error message for " + probe + "\n  → " + excerpt(body));
            return;
        }
        boolean page = body.contains("<html");
        if (probe.wantsFragment() == page) {
            failures.add(reply.status() + (page ? " sent a whole page to htmx for " : " sent a fragment without htmx for ") + probe);
        }
    }

    /**
     * No payload comes back where it could run. A payload with markup characters must never appear
     * verbatim (HTML and JSON both escape it); one without (javascript:, a quote-free handler) may
     * appear as text but never inside a tag. Headers never carry a payload.
     */
    void checkNoReflection(Probe probe, Reply reply, String type) {
        for (Map.Entry<String, List<String>> e : reply.headers().entrySet()) {
            for (String v : e.getValue()) {
                for (String p : PAYLOADS) {
                    if (v.contains(p)) failures.add("header " + e.getKey() + " reflects " + p + " for " + probe);
                }
            }
        }
        if (type.contains("css") || type.contains("javascript")) return;
        String body = reply.body();
        boolean json = type.startsWith("application/json");
        for (String p : PAYLOADS) {
            boolean markup = json ? p.matches(".*[<>&'].*") : p.matches(".*[<>].*");
            int at = body.indexOf(p);
            while (at >= 0) {
                if (markup || !json && body.lastIndexOf('<', at) > body.lastIndexOf('>', at) && runnableInTag(body, body.lastIndexOf('<', at), at, p)) {
                    failures.add("unescaped " + p + " in a " + reply.status() + " " + type + " for " + probe
                            + "\n  → …" + body.substring(Math.max(0, at - 120), Math.min(body.length(), at + p.length() + 60)) + "…");
                    break;
                }
                at = body.indexOf(p, at + 1);
            }
        }
    }

    @Test
    void the_reflection_check_tells_inert_attribute_text_from_runnable_markup() {
        String[][] cases = {
                {"<input value=\"javascript:alert(1)\">", "javascript:alert(1)", "false"},
                {"<a class=\"x\" href=\"javascript:alert(1)\">", "javascript:alert(1)", "true"},
                {"<form action = \"javascript:alert(1)\">", "javascript:alert(1)", "true"},
                {"<input value=javascript:alert(1)>", "javascript:alert(1)", "true"},
                {"<input value=\"' onmouseover='\">", "' onmouseover='", "false"},
                {"<div ' onmouseover='>", "' onmouseover='", "true"},
        };
        for (String[] c : cases) {
            int at = c[0].indexOf(c[1]);
            assertEquals(Boolean.parseBoolean(c[2]), runnableInTag(c[0], 0, at, c[1]), c[0]);
        }
    }

    /** Attributes whose value a browser may run or load: a javascript: URL there would run. */
    static final java.util.regex.Pattern URL_OR_SCRIPT_ATTRIBUTE =
            java.util.regex.Pattern.compile("(?i)(href|src|action|formaction|xlink:href|data|style|on[a-z]+)");

    /**
     * Whether a markup-free payload inside a tag could run: outside a quoted attribute value it
     * could start an attribute of its own; inside one, only a javascript: URL in an attribute that
     * is loaded or run could. (A student's answer kept in an input's value="…" is inert text.)
     */
    static boolean runnableInTag(String body, int tagStart, int at, String payload) {
        String inside = body.substring(tagStart, at);
        int quotes = 0;
        for (int i = 0; i < inside.length(); i++) if (inside.charAt(i) == '"') quotes++;
        if (quotes % 2 == 0) return true;
        int open = inside.lastIndexOf('"');
        java.util.regex.Matcher name = java.util.regex.Pattern.compile("([A-Za-z:-]+)\\s*=\\s*$").matcher(inside.substring(0, open));
        return !name.find() || payload.startsWith("javascript:") && URL_OR_SCRIPT_ATTRIBUTE.matcher(name.group(1)).matches();
    }

    static String excerpt(String body) {
        return body.length() > 400 ? body.substring(0, 400) + "…" : body;
    }

    // ---------------------------------------------------------------- transport

    Reply send(Probe probe) throws IOException {
        HttpRequest.BodyPublisher publisher;
        if (probe.body() == null) publisher = HttpRequest.BodyPublishers.noBody();
        else if (probe.chunked()) {
            byte[] bytes = probe.body();
            publisher = HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes));
        } else publisher = HttpRequest.BodyPublishers.ofByteArray(probe.body());
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.base() + probe.target()))
                .timeout(Duration.ofSeconds(30)).method(probe.method(), publisher);
        if (!probe.headers().isEmpty()) b.headers(probe.headers().toArray(String[]::new));
        try {
            HttpResponse<String> r = client.send(b.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(r.statusCode(), r.headers().map(), r.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    /** Writes the request line, headers and body as given, with Connection: close, and reads to the end. */
    Reply sendRaw(Probe probe) throws IOException {
        URI base = URI.create(server.base());
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), 5_000);
            socket.setSoTimeout(30_000);
            StringBuilder head = new StringBuilder(probe.method() + " " + probe.target() + " HTTP/1.1\r\n");
            head.append("Host: ").append(base.getHost()).append(':').append(base.getPort()).append("\r\n");
            for (int i = 0; i + 1 < probe.headers().size(); i += 2) {
                head.append(probe.headers().get(i)).append(": ").append(probe.headers().get(i + 1)).append("\r\n");
            }
            head.append("Connection: close\r\n\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.UTF_8));
            if (probe.body() != null) out.write(probe.body());
            out.flush();
            socket.shutdownOutput();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            in.transferTo(all);
            return parseRaw(all.toString(StandardCharsets.UTF_8));
        }
    }

    static Reply parseRaw(String text) throws IOException {
        int end = text.indexOf("\r\n\r\n");
        if (!text.startsWith("HTTP/1.1 ") || end < 0) throw new IOException("not an HTTP response: " + excerpt(text));
        String[] lines = text.substring(0, end).split("\r\n");
        int status = Integer.parseInt(lines[0].substring(9, 12));
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) headers.computeIfAbsent(lines[i].substring(0, colon).trim(), k -> new ArrayList<>()).add(lines[i].substring(colon + 1).trim());
        }
        String body = text.substring(end + 4);
        if (headers.getOrDefault("Transfer-Encoding", List.of()).contains("chunked")) body = dechunk(body);
        return new Reply(status, headers, body);
    }

    static String dechunk(String s) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        while (at < s.length()) {
            int eol = s.indexOf("\r\n", at);
            if (eol < 0) break;
            int size = Integer.parseInt(s.substring(at, eol).split(";")[0].trim(), 16);
            if (size == 0) break;
            // Sizes count bytes; the bodies here are ASCII or short enough for this to be exact in practice.
            int from = eol + 2;
            int to = Math.min(s.length(), from + size);
            out.append(s, from, to);
            at = to + 2;
        }
        return out.toString();
    }

    Reply sendQuietly(Probe probe) {
        try {
            return send(probe);
        } catch (IOException e) {
            throw new AssertionError("no response to " + probe, e);
        }
    }

    Reply postJson(String path, String body) {
        return sendQuietly(new Probe("POST", path, List.of("Content-Type", "application/json"),
                body.getBytes(StandardCharsets.UTF_8), false, false));
    }

    static Reply timed(String label, Supplier<Reply> call) {
        long t0 = System.nanoTime();
        Reply r = call.get();
        double ms = (System.nanoTime() - t0) / 1e6;
        System.out.printf(Locale.ROOT, "FuzzTest: %s: %d in %.0f ms, %,d characters%n", label, r.status(), ms, r.body().length());
        return r;
    }

    // ---------------------------------------------------------------- cap requests

    /** One input, one softplus output (2 parameters), the most samples, every parameter trained, no tolerance. */
    static String largestDescent(int samples, int maxSteps) {
        Random r = new Random(SEED);
        ObjectNode root = NODES.objectNode();
        ObjectNode net = root.putObject("network");
        net.putArray("layers").add(1).add(1);
        net.put("hiddenActivation", "softplus");
        net.put("outputActivation", "softplus");
        net.putArray("weights").add(0.5);
        net.putArray("biases").add(0.0);
        ObjectNode data = root.putObject("data");
        ArrayNode in = data.putArray("inputs");
        ArrayNode out = data.putArray("targets");
        for (int s = 0; s < samples; s++) {
            in.addArray().add(2 * r.nextDouble() - 1);
            out.addArray().add(r.nextDouble());
        }
        root.put("loss", "mse");
        root.put("learningRate", 0.001);
        root.putArray("train").add("all");
        root.put("maxSteps", maxSteps);
        return new String(text(root), StandardCharsets.UTF_8);
    }

    /** Every layer at the widest, the most samples: the biggest backprop request that fits in 1 MB. */
    static String largestBackprop(int samples) {
        Random r = new Random(SEED);
        ObjectNode root = NODES.objectNode();
        ObjectNode net = root.putObject("network");
        ArrayNode layers = net.putArray("layers");
        for (int l = 0; l < Limits.MAX_LAYERS; l++) layers.add(Limits.MAX_WIDTH);
        net.put("hiddenActivation", "tanh");
        net.put("outputActivation", "identity");
        ArrayNode w = net.putArray("weights");
        for (int i = 0; i < (Limits.MAX_LAYERS - 1) * Limits.MAX_WIDTH * Limits.MAX_WIDTH; i++) w.add(r.nextInt(3) - 1);
        ArrayNode b = net.putArray("biases");
        for (int i = 0; i < (Limits.MAX_LAYERS - 1) * Limits.MAX_WIDTH; i++) b.add(0);
        ObjectNode data = root.putObject("data");
        ArrayNode in = data.putArray("inputs");
        ArrayNode out = data.putArray("targets");
        for (int s = 0; s < samples; s++) {
            ArrayNode x = in.addArray();
            ArrayNode y = out.addArray();
            for (int i = 0; i < Limits.MAX_WIDTH; i++) {
                x.add(r.nextInt(2));
                y.add(r.nextInt(2));
            }
        }
        root.put("loss", "mse");
        return new String(text(root), StandardCharsets.UTF_8);
    }

    /** Seven layers of 64 and the most samples and steps: hours of work if it were started. */
    static String hugeDescent(int samples) {
        ObjectNode root = NODES.objectNode();
        ObjectNode net = root.putObject("network");
        ArrayNode layers = net.putArray("layers");
        int[] sizes = {64, 64, 64, 64, 64, 64, 64, 1};
        int weights = 0;
        int biases = 0;
        for (int l = 0; l < sizes.length; l++) {
            layers.add(sizes[l]);
            if (l > 0) {
                weights += sizes[l] * sizes[l - 1];
                biases += sizes[l];
            }
        }
        net.put("hiddenActivation", "softplus");
        net.put("outputActivation", "identity");
        ArrayNode w = net.putArray("weights");
        for (int i = 0; i < weights; i++) w.add(0.01);
        ArrayNode b = net.putArray("biases");
        for (int i = 0; i < biases; i++) b.add(0);
        ObjectNode data = root.putObject("data");
        ArrayNode in = data.putArray("inputs");
        ArrayNode out = data.putArray("targets");
        for (int s = 0; s < samples; s++) {
            ArrayNode x = in.addArray();
            for (int i = 0; i < 64; i++) x.add(0);
            out.addArray().add(1);
        }
        root.put("learningRate", 0.1);
        root.put("maxSteps", Limits.MAX_STEPS);
        return new String(text(root), StandardCharsets.UTF_8);
    }
}
