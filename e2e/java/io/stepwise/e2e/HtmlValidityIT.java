package io.stepwise.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.Javalin;
import io.stepwise.web.SitePages;
import io.stepwise.WebApp;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Every kind of page is valid HTML by the Nu HTML Checker (the W3C validator), apart from htmx's
 * hx-* attributes, which it does not know. The checker runs in a JVM of its own from target/vnu
 * (copied there by the build): it needs Jetty 11, the server Jetty 12.
 */
class HtmlValidityIT {
    private static final Path BUILD = Path.of(System.getProperty("basedir", "."), "target");

    @Test
    void every_page_is_valid_html() throws Exception {
        Path pages = Files.createDirectories(BUILD.resolve("vnu-pages"));
        List<Path> files = new ArrayList<>();
        Javalin server = WebApp.create().start("127.0.0.1", 0);
        try {
            HttpClient client = HttpClient.newHttpClient();
            for (SitePages.SitePage page : SitePages.ALL) {
                HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + page.path())).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertEquals(page.status(), r.statusCode(), page.name());
                Path file = pages.resolve(page.name().replaceAll("[^a-z0-9]+", "-") + ".html");
                Files.writeString(file, r.body());
                files.add(file);
            }
        } finally {
            server.stop();
        }
        List<String> errors = check(files).stream().filter(line -> !line.contains("Attribute “hx-")).toList();
        assertTrue(errors.isEmpty(), errors.size() + " errors:\n" + String.join("\n", errors));
    }

    /** The checker's errors for these files, one line each ("file":line.col: error: message). */
    private static List<String> check(List<Path> files) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-cp", BUILD.resolve("vnu").toAbsolutePath() + "/*", "nu.validator.client.SimpleCommandLineValidator",
                "--errors-only", "--format", "gnu"));
        files.forEach(f -> command.add(f.toAbsolutePath().toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(5, TimeUnit.MINUTES), "the checker finished");
        List<String> errors = out.lines().filter(line -> line.contains(": error:") || line.contains(": fatal")).toList();
        assertTrue(process.exitValue() == 0 || !errors.isEmpty(), "the checker ran: " + out);
        return errors;
    }
}
