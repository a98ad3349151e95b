package io.stepwise.bench;

import io.stepwise.lesson.FieldReader;
import io.stepwise.lesson.Values;
import io.stepwise.web.http.Status;
import io.stepwise.web.http.Views;
import io.stepwise.web.lesson.Lessons;
import io.stepwise.web.page.ExerciseRequest;
import io.stepwise.web.page.Lesson;
import io.stepwise.web.page.LessonPage;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/**
 * The CPU time of a never-cached last-bias step's own work, without HTTP: reading its state,
 * building its page model and rendering its fragment, for a new starting b3 each time, as
 * {@code MissBenchmark} asks the server for it. Set beside that benchmark's figure, it tells the
 * lesson's own work from the server's (Jetty, Javalin, the filters, sending) and from the cost of
 * running in a server thread whose caches the rest of the request has just used.
 *
 * <p>Run from the project root after {@code mvn -q package -DskipTests}:
 * {@code javac -cp target/stepwise.jar -d target/bench src/test/java/io/stepwise/bench/RenderBenchmark.java && java -cp target/stepwise.jar:target/bench io.stepwise.bench.RenderBenchmark};
 * arguments: rounds (9), steps per round (5000). Four more rounds warm up first; the median is printed.
 */
public final class RenderBenchmark {
    private static final int WARMUP_ROUNDS = 4;

    private RenderBenchmark() {}

    /** A query of plain values, read without the web layer's checks (every value here is valid). */
    private record Query(Map<String, String> values) implements FieldReader {
        public boolean has(String name) { return values.containsKey(name); }

        public double number(String name, String label, double fallback, double min, double max) { return decimal(name, fallback); }

        public double positive(String name, String label, double fallback, double max) { return decimal(name, fallback); }

        public int count(String name, String label, int fallback, int max) {
            String v = values.get(name);
            return v == null ? fallback : Integer.parseInt(v);
        }

        public boolean flag(String name, String label) { return "1".equals(values.get(name)); }

        public String text(String name, String fallback) { return values.getOrDefault(name, fallback); }

        private double decimal(String name, double fallback) {
            String v = values.get(name);
            return v == null ? fallback : Double.parseDouble(v);
        }
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 9;
        int perRound = args.length > 1 ? Integer.parseInt(args[1]) : 5_000;
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        Lesson lesson = Lessons.ALL.stream().filter(l -> l.path().equals("/tutorials/last-bias")).findFirst().orElseThrow();
        Views views = new Views();
        double[] read = new double[rounds], build = new double[rounds], render = new double[rounds], all = new double[rounds];
        long n = 0;
        int kept = 0;
        for (int r = -WARMUP_ROUNDS; r < rounds; r++) {
            long reading = 0, building = 0, rendering = 0;
            for (int i = 0; i < perRound; i++, n++) {
                String b3 = String.format(Locale.ROOT, "%.9f", (n * 0.618033988749 % 3) + n * 1e-9);
                long t0 = threads.getCurrentThreadCpuTime();
                ExerciseRequest exercise = ExerciseRequest.none(lesson.exercises());
                Values state = lesson.codec().parse(new Query(Map.of("b3", b3, "lr", "0.1", "tol", "0.001", "steps", "5")),
                        exercise.set().start());
                long t1 = threads.getCurrentThreadCpuTime();
                LessonPage page = lesson.builder().page(state, exercise);
                long t2 = threads.getCurrentThreadCpuTime();
                CharSequence html = views.html(lesson.fragment(), page, "fragments/status.jte", Status.outOfBand(page.status()));
                long t3 = threads.getCurrentThreadCpuTime();
                kept += html == null ? 0 : 1;
                reading += t1 - t0;
                building += t2 - t1;
                rendering += t3 - t2;
            }
            if (r < 0) continue;
            read[r] = reading / 1e3 / perRound;
            build[r] = building / 1e3 / perRound;
            render[r] = rendering / 1e3 / perRound;
            all[r] = read[r] + build[r] + render[r];
            System.out.printf(Locale.ROOT, "round %d: read %.1f µs, build %.1f µs, render %.1f µs, all %.1f µs%n", r + 1, read[r], build[r], render[r], all[r]);
        }
        for (double[] a : new double[][] {read, build, render, all}) Arrays.sort(a);
        int m = rounds / 2;
        System.out.printf(Locale.ROOT, "median of %d rounds of %d never-cached last-bias steps (%d rendered): read %.1f µs, build %.1f µs, render %.1f µs, all %.1f µs of CPU%n",
                rounds, perRound, kept, read[m], build[m], render[m], all[m]);
    }
}
