package io.stepwise.bench;

import io.stepwise.engine.Activation;
import io.stepwise.engine.Architecture;
import io.stepwise.engine.Backprop;
import io.stepwise.engine.Dataset;
import io.stepwise.engine.Descent;
import io.stepwise.engine.Limits;
import io.stepwise.engine.Loss;
import io.stepwise.engine.Network;
import io.stepwise.engine.Trace;
import io.stepwise.tutorial.DosageExample;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Times the engine on one core: one gradient step, runs to convergence for the lessons' networks,
 * a larger 2-16-16-1 network, and the largest descents the API accepts under {@link Limits#MAX_WORK}.
 *
 * <p>A plain harness: each case is warmed up, then timed in several samples of a batch of calls
 * (the batch sized so that a sample lasts about {@value #SAMPLE_MILLIS} ms), and the median and
 * 90th percentile of the time per call are printed. Run with
 * {@code mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=io.stepwise.bench.EngineBenchmark};
 * arguments (joined with spaces, e.g. {@code -Dexec.args="largest: 1-1"}) keep only the cases whose
 * name contains them.
 */
public final class EngineBenchmark {
    static final long SAMPLE_MILLIS = 50;
    static final int SAMPLES = 15;
    static final long WARMUP_MILLIS = 1_500;
    /** The listed-numbers cap of POST /api/v1/descent (DescentApi.MAX_LISTED_NUMBERS). */
    static final int API_MAX_LISTED_NUMBERS = 500_000;

    /** Keeps results alive so that the JIT cannot drop the work. */
    static double sink;

    private EngineBenchmark() {}

    record Result(String name, double medianNanos, double p90Nanos, long workUnits) {}

    public static void main(String[] args) {
        String filter = String.join(" ", args);
        System.out.println("Engine benchmark: " + Runtime.getRuntime().availableProcessors() + " processors, Java "
                + System.getProperty("java.version") + ", MAX_WORK " + Limits.MAX_WORK);
        System.out.printf(Locale.ROOT, "%-58s %12s %12s %10s%n", "case", "median", "p90", "ns/unit");
        List<Result> results = new ArrayList<>();

        // The "fit the last bias" lesson: dosage network, only b3 trained, lr 0.1, tol 0.001.
        Network lastBias = DosageExample.lastBiasStart(0);
        Descent.Settings b3 = settings(Loss.SSR, 0.1, new int[] {6}, 1_000, 0.001);
        run(results, filter, "last-bias: Backprop.run (1 state)", 0,
                () -> Backprop.run(lastBias, DosageExample.DATA, Loss.SSR).gradient()[6]);
        run(results, filter, "last-bias: Descent.evaluate (1 step)", 0,
                () -> Descent.evaluate(0, lastBias, DosageExample.DATA, b3).loss());
        run(results, filter, "last-bias: run to tol 0.001 (" + updates(lastBias, DosageExample.DATA, b3) + " updates)", 0,
                () -> Descent.run(lastBias, DosageExample.DATA, b3, 1_001).current().loss());
        Descent.Settings b3Replay = settings(Loss.SSR, 0.1, new int[] {6}, 1_000, null);
        run(results, filter, "last-bias: lesson replay, 1000 updates, all listed", 0,
                () -> Descent.run(lastBias, DosageExample.DATA, b3Replay, 1_001).current().loss());

        // The "train all seven parameters" lesson: all trained, lr 0.1, tol 0.001 (471 updates).
        Network allStart = DosageExample.allParametersStart();
        int[] allSeven = range(7);
        Descent.Settings all = settings(Loss.SSR, 0.1, allSeven, 2_000, 0.001);
        run(results, filter, "all-parameters: Backprop.run (1 state)", 0,
                () -> Backprop.run(allStart, DosageExample.DATA, Loss.SSR).gradient()[0]);
        run(results, filter, "all-parameters: Descent.evaluate (1 step)", 0,
                () -> Descent.evaluate(0, allStart, DosageExample.DATA, all).loss());
        run(results, filter, "all-parameters: run to tol 0.001 (" + updates(allStart, DosageExample.DATA, all) + " updates)", 0,
                () -> Descent.run(allStart, DosageExample.DATA, all, 2_001).current().loss());
        Descent.Settings allReplay = settings(Loss.SSR, 0.1, allSeven, 2_000, null);
        run(results, filter, "all-parameters: lesson replay, 2000 updates, all listed", 0,
                () -> Descent.run(allStart, DosageExample.DATA, allReplay, 2_001).current().loss());

        // A 2-16-16-1 network (softplus hidden, identity output) on 200 samples.
        Architecture mid = Architecture.of(Activation.SOFTPLUS, Activation.IDENTITY, 2, 16, 16, 1);
        Network midNet = seeded(mid, 42);
        Dataset midData = surface(200, 7);
        int[] midAll = range(mid.parameterCount());
        Descent.Settings midOne = settings(Loss.MSE, 0.05, midAll, 0, null);
        Descent.Settings mid100 = settings(Loss.MSE, 0.05, midAll, 100, null);
        run(results, filter, "2-16-16-1 x 200 samples: Backprop.run", 0,
                () -> Backprop.run(midNet, midData, Loss.MSE).gradient()[0]);
        run(results, filter, "2-16-16-1 x 200 samples: Descent.evaluate", (long) 200 * mid.parameterCount(),
                () -> Descent.evaluate(0, midNet, midData, midOne).loss());
        run(results, filter, "2-16-16-1 x 200 samples: 100 updates", Limits.work(mid, 200, 100),
                () -> Descent.run(midNet, midData, mid100, 1).current().loss());

        // The largest descents POST /api/v1/descent accepts: (maxSteps + 1) x samples x parameters <= MAX_WORK.
        largest(results, filter, "1-1 softplus, 1000 samples",
                Architecture.of(Activation.SOFTPLUS, Activation.SOFTPLUS, 1, 1), 1_000);
        largest(results, filter, "1-2-1 dosage net, 1000 samples",
                Architecture.of(Activation.SOFTPLUS, Activation.IDENTITY, 1, 2, 1), 1_000);
        largest(results, filter, "1x8 layers of width 1, 1000 samples",
                Architecture.of(Activation.TANH, Activation.IDENTITY, 1, 1, 1, 1, 1, 1, 1, 1), 1_000);
        largest(results, filter, "64-1 identity, 1000 samples",
                Architecture.of(Activation.IDENTITY, Activation.IDENTITY, 64, 1), 1_000);
        largest(results, filter, "1-64-1 softplus, 1000 samples",
                Architecture.of(Activation.SOFTPLUS, Activation.IDENTITY, 1, 64, 1), 1_000);
        largest(results, filter, "2-16-16-1, 1000 samples",
                Architecture.of(Activation.SOFTPLUS, Activation.IDENTITY, 2, 16, 16, 1), 1_000);
        largest(results, filter, "1-64-64-1 sigmoid, 1000 samples",
                Architecture.of(Activation.SIGMOID, Activation.IDENTITY, 1, 64, 64, 1), 1_000);
        largest(results, filter, "64x7-1 softplus, 1 sample",
                Architecture.of(Activation.SOFTPLUS, Activation.IDENTITY, 64, 64, 64, 64, 64, 64, 64, 1), 1);
        largest(results, filter, "64x7-1 softplus, 25 samples",
                Architecture.of(Activation.SOFTPLUS, Activation.IDENTITY, 64, 64, 64, 64, 64, 64, 64, 1), 25);

        Result worst = results.stream().filter(r -> r.workUnits() >= Limits.MAX_WORK / 2)
                .max((x, y) -> Double.compare(x.medianNanos() / x.workUnits(), y.medianNanos() / y.workUnits())).orElse(null);
        if (worst != null) {
            double nsPerUnit = worst.medianNanos() / worst.workUnits();
            System.out.printf(Locale.ROOT, "%nSlowest per work unit among the largest runs: %s, %.2f ns/unit, %s at MAX_WORK.%n",
                    worst.name(), nsPerUnit, time(nsPerUnit * Limits.MAX_WORK));
            System.out.printf(Locale.ROOT, "MAX_WORK for 100 ms in the worst case on this machine: about %,d.%n",
                    (long) (100e6 / nsPerUnit));
        }
    }

    /** Times the largest descent the API allows for this shape, with the API's listing cap. */
    static void largest(List<Result> results, String filter, String label, Architecture arch, int samples) {
        long perUpdate = Limits.perUpdate(arch, samples);
        int maxSteps = (int) Math.min(Limits.MAX_STEPS, Limits.MAX_WORK / perUpdate - 1);
        String name = "largest: " + label + ", maxSteps " + maxSteps;
        if (maxSteps < 0 || !name.contains(filter)) return;
        int perStep = samples * arch.outputCount() * 2 + arch.parameterCount() * 3;
        int listLimit = Math.max(1, Math.min(Limits.MAX_LISTED_STEPS, API_MAX_LISTED_NUMBERS / perStep));
        Network start = seeded(arch, 11);
        Dataset data = randomData(arch, samples, 13);
        // A small learning rate so that no run diverges and stops early: every run takes maxSteps updates.
        Descent.Settings s = settings(Loss.MSE, 1e-3, range(arch.parameterCount()), maxSteps, null);
        Trace probe = Descent.run(start, data, s, listLimit);
        if (probe.updates() != maxSteps) throw new IllegalStateException(label + " stopped after " + probe.updates());
        run(results, filter, name, Limits.work(arch, samples, maxSteps),
                () -> Descent.run(start, data, s, listLimit).current().loss());
    }

    static void run(List<Result> results, String filter, String name, long workUnits, Supplier<Double> op) {
        if (!name.contains(filter)) return;
        // Warm-up, and a first estimate of one call's cost.
        long start = System.nanoTime();
        long calls = 0;
        while (System.nanoTime() - start < WARMUP_MILLIS * 1_000_000L || calls < 3) {
            sink += op.get();
            calls++;
        }
        double estimate = (double) (System.nanoTime() - start) / calls;
        long batch = Math.max(1, (long) (SAMPLE_MILLIS * 1e6 / estimate));
        int samples = estimate > 500e6 ? 5 : SAMPLES;
        double[] perCall = new double[samples];
        for (int i = 0; i < samples; i++) {
            long t0 = System.nanoTime();
            for (long k = 0; k < batch; k++) sink += op.get();
            perCall[i] = (double) (System.nanoTime() - t0) / batch;
        }
        Arrays.sort(perCall);
        double median = perCall[samples / 2];
        double p90 = perCall[Math.min(samples - 1, (int) Math.ceil(0.9 * samples) - 1)];
        results.add(new Result(name, median, p90, workUnits));
        System.out.printf(Locale.ROOT, "%-58s %12s %12s %10s%n", name, time(median), time(p90),
                workUnits > 0 ? String.format(Locale.ROOT, "%.2f", median / workUnits) : "");
    }

    static Descent.Settings settings(Loss loss, double lr, int[] trained, int maxSteps, Double tol) {
        return Descent.Settings.plain(loss, lr, trained, maxSteps, tol);
    }

    static int updates(Network start, Dataset data, Descent.Settings s) {
        return Descent.run(start, data, s, 1).updates();
    }

    /** Weights uniform in ±1/√fan-in, biases 0, from a seeded Random. */
    static Network seeded(Architecture arch, long seed) {
        Random random = new Random(seed);
        double[] w = new double[arch.weightCount()];
        for (int l = 1; l < arch.layerCount(); l++) {
            double scale = 1 / Math.sqrt(arch.size(l - 1));
            for (int j = 0; j < arch.size(l); j++) {
                for (int i = 0; i < arch.size(l - 1); i++) w[arch.weightIndex(l, j, i)] = scale * (2 * random.nextDouble() - 1);
            }
        }
        return new Network(arch, w, new double[arch.biasCount()]);
    }

    /** Inputs uniform in [−1, 1]², target sin(πx₁)·cos(πx₂). */
    static Dataset surface(int samples, long seed) {
        Random random = new Random(seed);
        double[][] x = new double[samples][];
        double[][] y = new double[samples][];
        for (int s = 0; s < samples; s++) {
            x[s] = new double[] {2 * random.nextDouble() - 1, 2 * random.nextDouble() - 1};
            y[s] = new double[] {Math.sin(Math.PI * x[s][0]) * Math.cos(Math.PI * x[s][1])};
        }
        return new Dataset(x, y);
    }

    static Dataset randomData(Architecture arch, int samples, long seed) {
        Random random = new Random(seed);
        double[][] x = new double[samples][arch.inputCount()];
        double[][] y = new double[samples][arch.outputCount()];
        for (int s = 0; s < samples; s++) {
            for (int i = 0; i < x[s].length; i++) x[s][i] = 2 * random.nextDouble() - 1;
            for (int o = 0; o < y[s].length; o++) y[s][o] = random.nextDouble();
        }
        return new Dataset(x, y);
    }

    static int[] range(int n) {
        int[] r = new int[n];
        for (int i = 0; i < n; i++) r[i] = i;
        return r;
    }

    static String time(double nanos) {
        if (nanos < 1e3) return String.format(Locale.ROOT, "%.0f ns", nanos);
        if (nanos < 1e6) return String.format(Locale.ROOT, "%.2f µs", nanos / 1e3);
        if (nanos < 1e9) return String.format(Locale.ROOT, "%.2f ms", nanos / 1e6);
        return String.format(Locale.ROOT, "%.2f s", nanos / 1e9);
    }
}
