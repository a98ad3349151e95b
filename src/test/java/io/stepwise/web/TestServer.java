package io.stepwise.web;

import io.javalin.Javalin;
import io.stepwise.web.http.RenderGate;
import io.stepwise.web.http.Settings;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import io.stepwise.WebApp;

/** The real application on a free loopback port, with a plain HTTP client for tests. */
final class TestServer implements AutoCloseable {
    private final Javalin app;

    TestServer() { this(Settings.DEFAULT); }

    TestServer(Settings settings) { this(io.stepwise.exercise.ExerciseCatalog.BUILT_IN, settings); }

    TestServer(io.stepwise.exercise.ExerciseCatalog exercises, Settings settings) {
        app = WebApp.create(exercises, settings).start("127.0.0.1", 0);
    }

    /** With a gate the test can fill. */
    TestServer(RenderGate gate) {
        app = WebApp.create(io.stepwise.exercise.ExerciseCatalog.BUILT_IN, Settings.DEFAULT, gate).start("127.0.0.1", 0);
    }

    /** With a gate the test can fill and the metrics and access log a deployment would ask for. */
    TestServer(RenderGate gate, io.stepwise.web.ops.Monitoring monitoring) {
        app = WebApp.create(io.stepwise.exercise.ExerciseCatalog.BUILT_IN, Settings.DEFAULT, gate, monitoring).start("127.0.0.1", 0);
    }

    /** The names in a response's Vary header, whether sent on one line or several. */
    static java.util.List<String> vary(HttpResponse<?> r) {
        return r.headers().allValues("Vary").stream().flatMap(line -> java.util.Arrays.stream(line.split(",")))
                .map(String::strip).filter(name -> !name.isEmpty()).toList();
    }

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    String base() { return "http://127.0.0.1:" + app.port(); }

    HttpResponse<String> get(String path, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base() + path)).timeout(Duration.ofSeconds(10)).GET();
        if (headers.length > 0) b.headers(headers);
        return send(b.build());
    }

    /** The body as sent, not decoded: for compressed responses. */
    HttpResponse<byte[]> getBytes(String path, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base() + path)).timeout(Duration.ofSeconds(10)).GET();
        if (headers.length > 0) b.headers(headers);
        return send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    HttpResponse<byte[]> head(String path) {
        return send(HttpRequest.newBuilder(URI.create(base() + path)).timeout(Duration.ofSeconds(10))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Any method with a body, e.g. DELETE with JSON. */
    HttpResponse<String> send(String method, String path, String body, String contentType) {
        return send(HttpRequest.newBuilder(URI.create(base() + path)).timeout(Duration.ofSeconds(10))
                .header("Content-Type", contentType).method(method, HttpRequest.BodyPublishers.ofString(body)).build());
    }

    HttpResponse<String> postJson(String path, String body) {
        return post(path, body, "application/json");
    }

    HttpResponse<String> post(String path, String body, String contentType) {
        return send(HttpRequest.newBuilder(URI.create(base() + path)).timeout(Duration.ofSeconds(10))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private HttpResponse<String> send(HttpRequest request) { return send(request, HttpResponse.BodyHandlers.ofString()); }

    private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        try {
            return client.send(request, handler);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() { app.stop(); }
}
