package io.stepwise.web.http;

import io.javalin.http.Handler;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

/**
 * Bounds the work nobody has asked for before: at most one render per core but one at once, a short wait
 * for a turn, then {@link Busy}. Without it, a class's cached pages and {@code /healthz} queue
 * behind one student's flood of large playground runs; with it, a miss beyond what the cores can
 * do is refused quickly (503, try again) and everything already in memory stays fast.
 */
public final class RenderGate {
    /**
     * Long enough for a turn behind a hundred ordinary misses (a lesson step costs well under a
     * millisecond), short enough that a refusal is quick. 100 and 250 ms kept hits equally fast in
     * a flood of large playground runs (BENCHMARKS.md); the shorter wait answers the flood sooner.
     */
    static final long WAIT_MILLIS = 100;

    private final int size;
    private final Semaphore permits;
    private final long waitMillis;
    private final LongAdder refusals = new LongAdder();

    public RenderGate(int permits, long waitMillis) {
        this.size = permits;
        this.permits = new Semaphore(permits, true);
        this.waitMillis = waitMillis;
    }

    /**
     * One permit per core but one, which is left for hits and {@code /healthz} (and at least one).
     * On two cores, one permit kept hits' p99 in a flood at about a third of what two gave.
     */
    public static RenderGate forThisMachine() {
        return new RenderGate(Math.max(1, Runtime.getRuntime().availableProcessors() - 1), WAIT_MILLIS);
    }

    /** Work that needs a turn. */
    @FunctionalInterface
    public interface Work<T> {
        T run() throws Exception;
    }

    /** Runs the work holding a permit, or throws {@link Busy} when none frees up in time. */
    public <T> T pass(Work<T> work) throws Exception {
        return pass(work, waitMillis);
    }

    /**
     * Runs the work only if a permit is free right now, else throws {@link Busy} at once: for work
     * nobody waits for (a page fetched ahead of a click), which must never queue before work someone does.
     */
    public <T> T passNow(Work<T> work) throws Exception {
        return pass(work, 0);
    }

    private <T> T pass(Work<T> work, long waitMillis) throws Exception {
        if (!permits.tryAcquire(waitMillis, TimeUnit.MILLISECONDS)) {
            refusals.increment();
            throw new Busy();
        }
        try {
            return work.run();
        } finally {
            permits.release();
        }
    }

    /** A handler that takes a permit for the whole of its work. */
    public Handler around(Handler handler) {
        return ctx -> pass(() -> {
            handler.handle(ctx);
            return null;
        });
    }

    /** Requests refused with {@link Busy} so far, for the metrics. */
    public long refusals() { return refusals.sum(); }

    /** Permits held right now: renders in progress. */
    public int inUse() { return size - permits.availablePermits(); }

    /** Takes every permit, as renders in progress would, until {@link #releaseAll}: for tests. */
    public void holdAll() { permits.acquireUninterruptibly(size); }

    public void releaseAll() { permits.release(size); }

    /** Every permit was taken for longer than the wait: answered 503 with Retry-After. */
    public static final class Busy extends RuntimeException {
        Busy() { super("busy", null, false, false); }
    }
}
