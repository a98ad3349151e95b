package io.stepwise.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stepwise.web.http.RenderGate;
import io.stepwise.web.ops.Monitoring;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Prometheus metrics on their own port, and the access log: routes and statuses, never a query. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MonitoringTest {
    private static final String LESSON = "/tutorials/last-bias";
    private static final String ROUTE = "route=\"" + LESSON + "\"";

    private final RenderGate gate = new RenderGate(1, 20);
    private final Monitoring monitoring = Monitoring.fromEnvironment(Map.of("METRICS_PORT", "0"));
    private final HttpClient client = HttpClient.newHttpClient();
    private TestServer server;
    private int metricsPort;

    @BeforeAll
    void start() throws Exception {
        metricsPort = monitoring.start("127.0.0.1");
        server = new TestServer(gate, monitoring);
    }

    @AfterAll
    void stop() {
        server.close();
        monitoring.stop();
    }

    @Test
    void counters_move_between_scrapes_by_route_and_status() throws Exception {
        String before = scrape();
        String query = "?b3=0.4242&lr=0.1&tol=0.001&steps=2";
        assertEquals(200, server.get(LESSON + query).statusCode());
        assertEquals(200, server.get(LESSON + query).statusCode());
        assertEquals(400, server.get(LESSON + "?b3=oops").statusCode());
        assertEquals(404, server.get("/no/such/page?answer=42").statusCode());
        gate.holdAll();
        try {
            assertEquals(503, server.get(LESSON + "?b3=0.777&steps=1").statusCode());
        } finally {
            gate.releaseAll();
        }
        String after = scrape();

        assertEquals(2, value(after, "stepwise_http_requests_total{method=\"GET\"," + ROUTE + ",status=\"200\"}")
                - value(before, "stepwise_http_requests_total{method=\"GET\"," + ROUTE + ",status=\"200\"}"));
        assertEquals(1, value(after, "stepwise_http_requests_total{method=\"GET\"," + ROUTE + ",status=\"400\"}")
                - value(before, "stepwise_http_requests_total{method=\"GET\"," + ROUTE + ",status=\"400\"}"));
        assertEquals(1, value(after, "stepwise_http_requests_total{method=\"GET\",route=\"unmatched\",status=\"404\"}")
                - value(before, "stepwise_http_requests_total{method=\"GET\",route=\"unmatched\",status=\"404\"}"));
        assertEquals(4, value(after, "stepwise_http_request_duration_seconds_count{" + ROUTE + "}")
                - value(before, "stepwise_http_request_duration_seconds_count{" + ROUTE + "}"));
        assertTrue(value(after, "stepwise_page_cache_hits_total") >= value(before, "stepwise_page_cache_hits_total") + 1);
        assertTrue(value(after, "stepwise_page_cache_misses_total") >= value(before, "stepwise_page_cache_misses_total") + 2);
        assertTrue(value(after, "stepwise_page_cache_bytes") > 0);
        assertEquals(1, value(after, "stepwise_render_gate_refusals_total") - value(before, "stepwise_render_gate_refusals_total"));
        assertTrue(value(after, "jvm_memory_used_bytes{area=\"heap\"}") > 0);
        assertTrue(after.contains("jvm_gc_collection_seconds") && after.contains("jvm_threads_current"), "JVM metrics");
        assertFalse(after.contains("b3=") || after.contains("answer=") || after.contains("/no/such"), "no path or query in a label");
    }

    @Test
    void the_site_port_does_not_serve_metrics() {
        assertEquals(404, server.get("/metrics").statusCode());
    }

    @Test
    void the_access_log_names_the_route_and_status_but_never_the_query() throws Exception {
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            server.get(LESSON + "?b3=1.2345&lr=0.1&tol=0.001&steps=1", "HX-Request", "true");
            // The line is written after the response is sent, so it can come a moment later.
            for (int i = 0; i < 100 && !captured.toString(StandardCharsets.UTF_8).contains("\n"); i++) Thread.sleep(50);
        } finally {
            System.setErr(err);
        }
        String log = captured.toString(StandardCharsets.UTF_8);
        assertTrue(log.matches("(?s).*access - method=GET route=" + LESSON + " status=200 ms=[0-9.]+ bytes=[1-9][0-9]*\\R.*"), log);
        assertFalse(log.contains("1.2345") || log.contains("b3"), log);
    }

    @Test
    void bad_settings_are_refused_with_the_setting_named() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Monitoring.fromEnvironment(Map.of("METRICS_PORT", "metrics")))
                .getMessage().contains("METRICS_PORT"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Monitoring.fromEnvironment(Map.of("ACCESS_LOG", "yes")))
                .getMessage().contains("ACCESS_LOG"));
    }

    private String scrape() throws Exception {
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + metricsPort + "/metrics")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));
        return r.body();
    }

    /** A sample's value, 0 when the series has not appeared yet. */
    private static double value(String metrics, String series) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(series) + " (\\S+)$").matcher(metrics);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }
}
