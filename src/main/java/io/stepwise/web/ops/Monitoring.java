package io.stepwise.web.ops;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.router.Endpoint;
import io.stepwise.web.http.PageCache;
import io.stepwise.web.http.RenderGate;
import java.io.IOException;
import java.util.Map;
import org.eclipse.jetty.ee10.servlet.ServletContextResponse;

/**
 * What an instance tells the people who run it: Prometheus metrics on a port of their own
 * (METRICS_PORT, off unless set) and one access-log line per request (ACCESS_LOG, on unless
 * "off"). Both name a request by its route, never its query, which can hold a student's answer.
 */
public final class Monitoring {
    public static final Monitoring NONE = new Monitoring(null, -1, false);

    /** Null when METRICS_PORT is not set. */
    private final Metrics metrics;
    private final int metricsPort;
    private final boolean accessLog;

    private Monitoring(Metrics metrics, int metricsPort, boolean accessLog) {
        this.metrics = metrics;
        this.metricsPort = metricsPort;
        this.accessLog = accessLog;
    }

    /** Reads METRICS_PORT and ACCESS_LOG; throws with a clear message on a bad value. */
    public static Monitoring fromEnvironment(Map<String, String> env) {
        String port = env.getOrDefault("METRICS_PORT", "").strip();
        int metricsPort = -1;
        if (!port.isEmpty()) {
            try {
                metricsPort = Integer.parseInt(port);
            } catch (NumberFormatException e) {
                metricsPort = -1;
            }
            if (metricsPort < 0 || metricsPort > 65_535) {
                throw new IllegalArgumentException("METRICS_PORT must be a port from 0 to 65535 (unset: no metrics), not “" + port + "”.");
            }
        }
        String log = env.getOrDefault("ACCESS_LOG", "").strip();
        if (!log.isEmpty() && !log.equals("on") && !log.equals("off")) {
            throw new IllegalArgumentException("ACCESS_LOG must be “on” or “off”, not “" + log + "”.");
        }
        return new Monitoring(metricsPort < 0 ? null : new Metrics(), metricsPort, !log.equals("off"));
    }

    /** Counts the cache's and the gate's work, and times each request, as far as this instance is asked to. */
    public void install(JavalinConfig config, PageCache cache, RenderGate gate) {
        if (metrics != null) metrics.watch(cache, gate);
        if (metrics != null || accessLog) config.requestLogger.http(this::record);
    }

    /**
     * Starts serving {@code /metrics} on METRICS_PORT, if it is set, on the same interface as the site.
     *
     * @return the port it listens on, or -1 when metrics are off
     */
    public int start(String host) throws IOException {
        return metrics == null ? -1 : metrics.serve(host, metricsPort);
    }

    public void stop() {
        if (metrics != null) metrics.stop();
    }

    private void record(Context ctx, Float millis) {
        String method = ctx.method().name();
        String route = route(ctx);
        int status = ctx.statusCode();
        if (metrics != null) metrics.record(method, route, status, millis / 1000.0);
        if (accessLog) AccessLog.write(method, route, status, millis, bytes(ctx));
    }

    /** The route a request matched, as declared; "unmatched" for anything else, so a label never holds a raw path. */
    static String route(Context ctx) {
        Endpoint endpoint = ctx.endpoints().matchedHttpEndpoint();
        return endpoint == null ? "unmatched" : endpoint.path;
    }

    /** Bytes of body written (compressed, if it was), or -1 if Jetty cannot say. */
    private static long bytes(Context ctx) {
        try {
            return ServletContextResponse.getServletContextResponse(ctx.res()).getHttpOutput().getWritten();
        } catch (RuntimeException e) {
            return -1;
        }
    }
}
