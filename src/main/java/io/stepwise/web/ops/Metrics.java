package io.stepwise.web.ops;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.CounterWithCallback;
import io.prometheus.metrics.core.metrics.GaugeWithCallback;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.instrumentation.jvm.JvmMetrics;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.stepwise.web.http.PageCache;
import io.stepwise.web.http.RenderGate;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.util.function.LongSupplier;

/**
 * Prometheus metrics: requests by route and status, their latency, the page cache, the render
 * gate and the JVM, served in the text format at {@code /metrics} by the JDK's small HTTP server on
 * a port of their own, so the site's port never shows them.
 */
final class Metrics {
    /** Seconds: a cached page takes well under a millisecond, a large playground run about a second. */
    private static final double[] LATENCY_BOUNDS = {0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5};

    private final PrometheusRegistry registry = new PrometheusRegistry();
    private final Counter requests = Counter.builder().name("stepwise_http_requests_total")
            .help("Requests answered, by method, route template and status").labelNames("method", "route", "status").register(registry);
    private final Histogram latency = Histogram.builder().name("stepwise_http_request_duration_seconds")
            .help("Time to answer a request, by route template").labelNames("route")
            .classicOnly().classicUpperBounds(LATENCY_BOUNDS).register(registry);
    private HttpServer server;

    Metrics() {
        JvmMetrics.builder().register(registry);
    }

    void watch(PageCache cache, RenderGate gate) {
        counter("stepwise_page_cache_hits_total", "Lesson pages answered from memory", cache::hits);
        counter("stepwise_page_cache_misses_total", "Lesson pages that had to be rendered", cache::misses);
        gauge("stepwise_page_cache_bytes", "Bytes the kept pages count against the cache's budget", cache::bytes);
        gauge("stepwise_page_cache_entries", "Pages kept in memory", cache::entries);
        counter("stepwise_render_gate_refusals_total", "Requests refused with 503 because every render permit was taken", gate::refusals);
        gauge("stepwise_render_gate_in_use", "Render permits held: renders in progress", gate::inUse);
    }

    /** A counter read from its source at each scrape. */
    private void counter(String name, String help, LongSupplier value) {
        CounterWithCallback.builder().name(name).help(help).callback(c -> c.call(value.getAsLong())).register(registry);
    }

    private void gauge(String name, String help, LongSupplier value) {
        GaugeWithCallback.builder().name(name).help(help).callback(c -> c.call(value.getAsLong())).register(registry);
    }

    void record(String method, String route, int status, double seconds) {
        requests.labelValues(method, route, Integer.toString(status)).inc();
        latency.labelValues(route).observe(seconds);
    }

    /** The metrics in Prometheus's text format. */
    byte[] scrape() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(16_384);
        PrometheusTextFormatWriter.create().write(out, registry.scrape());
        return out.toByteArray();
    }

    /** Listens on the port (0: any free one) with one thread; returns the port. */
    int serve(String host, int port) throws IOException {
        server = HttpServer.create(new InetSocketAddress(host, port), 16);
        server.createContext("/metrics", this::answer);
        server.start();
        return server.getAddress().getPort();
    }

    void stop() {
        if (server != null) server.stop(0);
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!exchange.getRequestMethod().equals("GET") || !exchange.getRequestURI().getPath().equals("/metrics")) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            byte[] body = scrape();
            exchange.getResponseHeaders().set("Content-Type", PrometheusTextFormatWriter.CONTENT_TYPE);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }
}
