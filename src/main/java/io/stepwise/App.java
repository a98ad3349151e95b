package io.stepwise;

import io.javalin.Javalin;
import io.stepwise.exercise.ExerciseCatalog;
import io.stepwise.exercise.ExerciseFileException;
import io.stepwise.exercise.ExerciseFiles;
import io.stepwise.web.WebApp;

/** Starts Stepwise on HOST:PORT (default 127.0.0.1:7070). */
public final class App {
    private App() {}

    public static void main(String[] args) {
        String host = env("HOST", "127.0.0.1");
        int port = Integer.parseInt(env("PORT", "7070"));
        ExerciseCatalog exercises;
        try {
            exercises = ExerciseFiles.fromEnvironment(System.getenv(ExerciseFiles.ENV));
        } catch (ExerciseFileException e) {
            System.err.println("Stepwise cannot start: " + e.getMessage());
            System.exit(2);
            return;
        }
        if (!exercises.sets().isEmpty()) {
            System.out.println("Exercise sets from " + System.getenv(ExerciseFiles.ENV).strip() + ": " + String.join(", ", exercises.sets().keySet()));
        }
        Javalin app = WebApp.create(exercises).start(host, port);
        Runtime.getRuntime().addShutdownHook(new Thread(app::stop, "shutdown"));
        System.out.println("Stepwise is serving http://" + (host.equals("0.0.0.0") ? "localhost" : host) + ":" + app.port() + "/");
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v.strip();
    }
}
