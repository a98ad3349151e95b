package io.stepwise.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stepwise.web.http.Settings;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Requests Jetty refuses before any route runs still get the site's error page and its security headers. */
class ServerErrorsTest {

    /** The raw response to a request line sent as written (an HTTP client would normalise the path or refuse to forge a Host). */
    static String raw(TestServer server, String requestLine, String... headers) throws IOException {
        URI base = URI.create(server.base());
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(5_000);
            StringBuilder request = new StringBuilder(requestLine).append("\r\nConnection: close\r\n");
            if (Arrays.stream(headers).noneMatch(h -> h.regionMatches(true, 0, "Host:", 0, 5))) request.append("Host: localhost\r\n");
            for (String h : headers) request.append(h).append("\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(request.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void ambiguous_paths_and_bad_escapes_get_the_site_error_page_with_every_security_header() throws IOException {
        try (TestServer server = new TestServer()) {
            for (String path : List.of("/..", "/%00", "/tutorials/%ZZ", "/%2e%2e/etc/passwd")) {
                String response = raw(server, "GET " + path + " HTTP/1.1");
                assertTrue(response.startsWith("HTTP/1.1 400 "), path + ": " + response.lines().findFirst().orElse(""));
                assertTrue(response.contains("\r\nContent-Security-Policy: default-src 'self'; script-src 'self';"), path);
                assertTrue(response.contains("\r\nX-Content-Type-Options: nosniff\r\n"), path);
                assertTrue(response.contains("\r\nX-Frame-Options: DENY\r\n"), path);
                assertTrue(response.contains("\r\nContent-Type: text/html;charset=utf-8\r\n"), path);
                assertTrue(response.contains("<title>That address can’t be used · Stepwise</title>"), path);
                assertTrue(response.contains("<p class=\"error-message\">The address contains characters or path segments"), path);
                assertTrue(!response.contains("HTTP ERROR"), "not Jetty's own page");
            }
        }
    }

    @Test
    void oversized_headers_and_request_lines_say_so() throws IOException {
        try (TestServer server = new TestServer()) {
            String big = raw(server, "GET / HTTP/1.1", "X-Big: " + "a".repeat(20_000));
            assertTrue(big.startsWith("HTTP/1.1 431 "), big.lines().findFirst().orElse(""));
            assertTrue(big.contains("headers are larger than the server accepts"));
            assertTrue(big.contains("\r\nContent-Security-Policy: "));
            String longLine = raw(server, "GET /?q=" + "a".repeat(20_000) + " HTTP/1.1");
            assertTrue(longLine.startsWith("HTTP/1.1 414 "), longLine.lines().findFirst().orElse(""));
            assertTrue(longLine.contains("The address is longer than the server accepts."));
        }
    }

    @Test
    void under_a_base_path_the_error_page_links_inside_it() throws IOException {
        try (TestServer server = new TestServer(new Settings("127.0.0.1", 0, "/stepwise", "", List.of()))) {
            String response = raw(server, "GET /stepwise/%00 HTTP/1.1");
            assertEquals("HTTP/1.1 400 Bad Request", response.lines().findFirst().orElse(""));
            assertTrue(response.contains("href=\"/stepwise/\""), "home link under the base path");
            assertTrue(response.contains("href=\"/stepwise/static/css/stepwise.css?v="), "stylesheet under the base path");

            String outside = raw(server, "GET /elsewhere HTTP/1.1");
            assertEquals("HTTP/1.1 404 Not Found", outside.lines().findFirst().orElse(""));
            assertTrue(outside.contains("This server serves Stepwise under /stepwise/; this request arrived at another path."));
            assertTrue(outside.contains("\r\nContent-Security-Policy: "));
        }
    }
}
