package io.stepwise.web.ops;

import io.stepwise.web.Paths;
import io.stepwise.web.http.Settings;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * A container's health check: exits 0 if this container's Stepwise answers 200 on /healthz within
 * two seconds, else 1. The image has no shell or curl, so compose runs this with the image's java.
 */
public final class HealthCheck {
    private HealthCheck() {}

    public static void main(String[] args) {
        int status;
        try {
            Settings settings = Settings.fromEnvironment(System.getenv());
            String host = settings.host().equals("0.0.0.0") ? "127.0.0.1" : settings.host();
            URI uri = URI.create("http://" + host + ":" + settings.port() + settings.basePath() + Paths.HEALTH);
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            status = client.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception e) {
            System.err.println("unhealthy: " + e);
            status = 0;
        }
        System.exit(status == 200 ? 0 : 1);
    }
}
