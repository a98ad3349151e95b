package io.stepwise;

import io.javalin.Javalin;
import io.stepwise.exercise.ExerciseCatalog;
import io.stepwise.exercise.ExerciseFileException;
import io.stepwise.exercise.ExerciseFiles;
import io.stepwise.web.http.Settings;
import io.stepwise.web.lesson.Lessons;

/** Starts Stepwise as the environment says (HOST, PORT, BASE_PATH, PUBLIC_URL, EMBED_ORIGINS, STEPWISE_EXERCISES_DIR). */
public final class App {
    private App() {}

    public static void main(String[] args) {
        Settings settings;
        try {
            settings = Settings.fromEnvironment(System.getenv());
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
        Javalin app = WebApp.create(exercises, settings).start(settings.host(), settings.port());
        // SIGTERM (systemd, a container stop) runs this: requests in flight finish, then the server stops.
        Runtime.getRuntime().addShutdownHook(new Thread(app::stop, "shutdown"));
        String host = settings.host().equals("0.0.0.0") ? "localhost" : settings.host();
        System.out.println("Stepwise is serving http://" + host + ":" + app.port() + settings.basePath() + "/");
    }

}
