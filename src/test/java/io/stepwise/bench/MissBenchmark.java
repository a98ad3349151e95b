package io.stepwise.bench;

import io.javalin.Javalin;
import io.stepwise.WebApp;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.HttpURLConnection;
import java.net.URI;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The CPU time of a lesson step nobody asked for before: the last-bias step fragment with a new
 * starting b3 on every request, as load.sh's "never cached" scenario, but one request at a time
 * from this JVM, so that the figure depends less on what else runs on the machine.
 *
 * <p>Prints, per request, the CPU time of the server's threads (read from each thread, so neither
 * the client, the JIT compiler nor other processes count) and of the whole process less the
 * client thread (which adds garbage collection and compilation), and the bytes the server's
 * threads allocated (which does not depend on the machine at all). Run from the project root after
 * {@code mvn -q package -DskipTests}:
 * {@code javac -cp target/stepwise.jar -d target/bench src/test/java/io/stepwise/bench/MissBenchmark.java && java -cp target/stepwise.jar:target/bench io.stepwise.bench.MissBenchmark};
 * arguments: warm-up seconds (30), rounds (7), requests per round (2000).
 */
public final class MissBenchmark {
    private MissBenchmark() {}

    public static void main(String[] args) throws Exception {
        int warmupSeconds = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        int perRound = args.length > 2 ? Integer.parseInt(args[2]) : 2_000;
        Javalin app = WebApp.create().start("127.0.0.1", 0);
        String base = "http://127.0.0.1:" + app.port() + "/tutorials/last-bias?lr=0.1&tol=0.001&steps=5&b3=";
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long self = Thread.currentThread().getId();
        long n = 0;
        for (long end = System.nanoTime() + warmupSeconds * 1_000_000_000L; System.nanoTime() < end; ) get(base, n++);
        double[] server = new double[rounds];
        double[] process = new double[rounds];
        double[] allocated = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            Map<Long, Long> before = cpu(threads, self);
            Map<Long, Long> allocatedBefore = allocated(threads, self);
            long processBefore = os.getProcessCpuTime() - threads.getCurrentThreadCpuTime();
            for (int i = 0; i < perRound; i++) get(base, n++);
            long processAfter = os.getProcessCpuTime() - threads.getCurrentThreadCpuTime();
            long spent = 0;
            for (Map.Entry<Long, Long> e : cpu(threads, self).entrySet()) spent += e.getValue() - before.getOrDefault(e.getKey(), 0L);
            server[r] = spent / 1e3 / perRound;
            long bytes = 0;
            for (Map.Entry<Long, Long> e : allocated(threads, self).entrySet()) bytes += e.getValue() - allocatedBefore.getOrDefault(e.getKey(), 0L);
            allocated[r] = bytes / 1024.0 / perRound;
            process[r] = (processAfter - processBefore) / 1e3 / perRound;
            System.out.printf(Locale.ROOT, "round %d: server threads %.0f µs, process %.0f µs, %.0f KB allocated per request%n",
                    r + 1, server[r], process[r], allocated[r]);
        }
        Arrays.sort(server);
        Arrays.sort(process);
        Arrays.sort(allocated);
        System.out.printf(Locale.ROOT, "median of %d rounds of %d: server threads %.0f µs, process %.0f µs CPU, %.0f KB allocated per never-cached step; load average %.1f%n",
                rounds, perRound, server[rounds / 2], process[rounds / 2], allocated[rounds / 2], os.getSystemLoadAverage());
        app.stop();
    }

    /** A b3 nobody asked for: a new one for every request, as in load.sh. */
    private static void get(String base, long n) throws IOException {
        String b3 = String.format(Locale.ROOT, "%.9f", (n * 0.618033988749 % 3) + n * 1e-9);
        HttpURLConnection c = (HttpURLConnection) URI.create(base + b3).toURL().openConnection();
        c.setRequestProperty("HX-Request", "true");
        if (c.getResponseCode() != 200) throw new IllegalStateException("status " + c.getResponseCode() + " for b3=" + b3);
        try (InputStream in = c.getInputStream()) {
            in.transferTo(OutputStreamSink.INSTANCE);
        }
    }

    private static Map<Long, Long> allocated(com.sun.management.ThreadMXBean threads, long self) {
        Map<Long, Long> out = new HashMap<>();
        for (long id : threads.getAllThreadIds()) {
            long b = id == self ? -1 : threads.getThreadAllocatedBytes(id);
            if (b > 0) out.put(id, b);
        }
        return out;
    }

    private static Map<Long, Long> cpu(ThreadMXBean threads, long self) {
        Map<Long, Long> out = new HashMap<>();
        for (long id : threads.getAllThreadIds()) {
            if (id == self) continue;
            long t = threads.getThreadCpuTime(id);
            if (t > 0) out.put(id, t);
        }
        return out;
    }

    /** Discards what it is given. */
    private static final class OutputStreamSink extends java.io.OutputStream {
        static final OutputStreamSink INSTANCE = new OutputStreamSink();

        @Override
        public void write(int b) {}

        @Override
        public void write(byte[] b, int off, int len) {}
    }
}
