package io.stepwise.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.StringJoiner;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlaygroundSizeTest extends ServerTest {
    static final int LIMIT = 128 * 1024;

    static String rows(int samples, int inputs, int outputs) {
        StringJoiner rows = new StringJoiner(";");
        for (int s = 0; s < samples; s++) {
            StringJoiner row = new StringJoiner(",");
            for (int i = 0; i < inputs + outputs; i++) row.add(Integer.toString((s + i) % 2));
            rows.add(row.toString());
        }
        return rows.toString();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "",
            "steps=5",
            "layers=2-8-8-1&max=40&steps=3",
            "layers=2-8-8-1&max=40&steps=3&data=1000x",
            "layers=2-16-16-1&max=40&steps=3",
            "layers=1-64-64-64-64-64-64-1&max=100&steps=3",
            "layers=64-64-64-64-64-64-64-64&max=20&steps=3&data=3x",
            "steps=200", "steps=1000&max=1000", "layers=64-64-64-64-64-64-64-64&max=20&steps=3&data=3x&detail=b448",
    })
    void sizes(String q) {
        if (q.contains("data=")) {
            String[] layers = q.replaceAll(".*layers=([0-9-]+).*", "$1").split("-");
            int n = Integer.parseInt(q.replaceAll(".*data=([0-9]+)x.*", "$1"));
            q = q.replaceAll("data=[0-9]+x", "data=" + rows(n, Integer.parseInt(layers[0]), Integer.parseInt(layers[layers.length - 1])));
        }
        String path = "/playground" + (q.isEmpty() ? "" : "?" + q);
        HttpResponse<String> page = server.get(path);
        HttpResponse<String> fragment = server.get(path, "HX-Request", "true");
        try {
            java.nio.file.Files.writeString(java.nio.file.Path.of("/tmp/pgsize-" + Math.abs(q.hashCode()) + "-page.html"), page.body());
            java.nio.file.Files.writeString(java.nio.file.Path.of("/tmp/pgsize-" + Math.abs(q.hashCode()) + "-frag.html"), fragment.body());
        } catch (java.io.IOException e) { throw new RuntimeException(e); }
        System.out.printf("SIZE %-60.60s %d page %8d fragment %8d status %d%n", q, Math.abs(q.hashCode()), page.body().getBytes(StandardCharsets.UTF_8).length,
                fragment.body().getBytes(StandardCharsets.UTF_8).length, page.statusCode());
    }
}
