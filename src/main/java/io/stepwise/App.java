package io.stepwise;

import io.javalin.Javalin;
import io.javalin.util.JavalinBindException;
import io.stepwise.exercise.ExerciseCatalog;
import io.stepwise.exercise.ExerciseFileException;
import io.stepwise.exercise.ExerciseFiles;
import io.stepwise.web.http.Brotli;
import io.stepwise.web.http.Settings;
import io.stepwise.web.lesson.Lessons;
import io.stepwise.web.ops.Monitoring;
import java.io.IOException;
import java.nio.file.Path;

/** Starts Stepwise as the environment says (HOST, PORT, BASE_PATH, PUBLIC_URL, EMBED_ORIGINS, STEPWISE_EXERCISES_DIR, TRUSTED_PROXIES, METRICS_PORT, ACCESS_LOG). */
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
        String problem = BindCheck.problem(settings.host(), settings.port());
        if (problem != null) {
            System.err.println("Stepwise cannot start: " + problem);
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
        String exercisesDir = System.getenv(ExerciseFiles.ENV);
        if (exercisesDir != null && !exercisesDir.isBlank()) {
            ExerciseFiles.warnings(Path.of(exercisesDir.strip())).forEach(w -> System.err.println("Warning: " + w));
        }
        if (!exercises.sets().isEmpty()) {
            System.out.println("Exercise sets from " + exercisesDir.strip() + ": " + String.join(", ", exercises.sets().keySet()));
        }
        int metricsPort;
        try {
            metricsPort = monitoring.start(settings.host());
        } catch (IOException e) {
            System.err.println("Stepwise cannot start: no metrics on " + settings.host() + " port " + System.getenv("METRICS_PORT") + " (" + e.getMessage() + ").");
            System.exit(2);
            return;
        }
        Javalin app;
        try {
            app = WebApp.create(exercises, settings, monitoring).start(settings.host(), settings.port());
        } catch (JavalinBindException e) {
            // Taken between the check and the start.
            System.err.println("Stepwise cannot start: port " + settings.port() + " on " + settings.host() + " cannot be used: set HOST and PORT to a free one.");
            Runtime.getRuntime().halt(2);
            return;
        }
        // SIGTERM (systemd, a container stop) runs this: requests in flight finish, then the server stops.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.stop();
            monitoring.stop();
        }, "shutdown"));
        if (metricsPort >= 0) System.out.println("Metrics on port " + metricsPort + " at /metrics");
        String host = settings.host().equals("0.0.0.0") ? "localhost" : settings.host();
        settings.describe().forEach(line -> System.out.println("Setting " + line));
        System.out.println("Compression " + Brotli.describe());
        System.out.println("Stepwise is serving http://" + host + ":" + app.port() + settings.basePath() + "/");
    }

}
