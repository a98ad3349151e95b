package io.stepwise.web.ops;

import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One line per request, as key=value pairs a log shipper can split: method, route, status,
 * duration and bytes. Never the path's query: a lesson URL holds what a student typed.
 */
final class AccessLog {
    private static final Logger LOG = LoggerFactory.getLogger("access");

    private AccessLog() {}

    static void write(String method, String route, int status, float millis, long bytes) {
        if (LOG.isInfoEnabled()) LOG.info(line(method, route, status, millis, bytes));
    }

    static String line(String method, String route, int status, float millis, long bytes) {
        return String.format(Locale.ROOT, "method=%s route=%s status=%d ms=%.2f bytes=%d", method, route, status, millis, bytes);
    }
}
