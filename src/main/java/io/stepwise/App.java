package io.stepwise;

import io.javalin.Javalin;
import io.stepwise.exercise.ExerciseCatalog;
import io.stepwise.exercise.ExerciseFileException;
import io.stepwise.exercise.ExerciseFiles;
import io.stepwise.web.WebApp;
import io.stepwise.web.http.Settings;
import io.stepwise.web.lesson.Lessons;
import io.stepwise.web.ops.Monitoring;
import java.io.IOException;

/** Starts Stepwise as the environment says (HOST, PORT, BASE_PATH, PUBLIC_URL, EMBED_ORIGINS, STEPWISE_EXERCISES_DIR, METRICS_PORT, ACCESS_LOG). */
public final class App {
    private App() {}

    public static void main(String[] args) {
        Settings settings;
        Monitoring monitoring;
        try {
            settings = Settings.fromEnvironment(System.getenv());
            monitoring = Monitoring.fromEnvironment(System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println("Stepwise cannot start: " + e.getMessage());
            System.exit(2);
            return;
        }
        ExerciseCatalog exercises;
        try {
            exercises = ExerciseFiles.fromEnvironment(System.getenv(ExerciseFiles.ENV), Lessons.exercises());
        } catch (ExerciseFileException e) {
            System.err.println("Stepwise cannot start: " + e.getMessage());
            System.exit(2);
            return;
        }
        if (!exercises.sets().isEmpty()) {
            System.out.println("Exercise sets from " + System.getenv(ExerciseFiles.ENV).strip() + ": " + String.join(", ", exercises.sets().keySet()));
        }
        int metricsPort;
        try {
            metricsPort = monitoring.start(settings.host());
        } catch (IOException e) {
            System.err.println("Stepwise cannot start: no metrics on " + settings.host() + " port " + System.getenv("METRICS_PORT") + " (" + e.getMessage() + ").");
            System.exit(2);
            return;
        }
        Javalin app = WebApp.create(exercises, settings, monitoring).start(settings.host(), settings.port());
        // SIGTERM (systemd, a container stop) runs this: requests in flight finish, then the server stops.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.stop();
            monitoring.stop();
        }, "shutdown"));
        if (metricsPort >= 0) System.out.println("Metrics on port " + metricsPort + " at /metrics");
        String host = settings.host().equals("0.0.0.0") ? "localhost" : settings.host();
        System.out.println("Stepwise is serving http://" + host + ":" + app.port() + settings.basePath() + "/");
    }

}
