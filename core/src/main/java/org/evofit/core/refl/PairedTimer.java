package org.evofit.core.refl;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * Times two tasks against each other on the calling thread's CPU clock, in alternating batches, for
 * benchmarks whose figure is the ratio of the two costs. On a machine shared with other work, wall-clock
 * batches include the time the thread waited for a core, and two tasks timed one after the other meet
 * different loads; the thread's own CPU time leaves out the waiting, and alternating the batches lets
 * both tasks meet whatever slows the core itself (a busy sibling thread, the clock frequency) alike.
 * Where the JVM cannot read a thread's CPU time, the wall clock serves.
 */
public final class PairedTimer {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final CompilationMXBean JIT = ManagementFactory.getCompilationMXBean();
    /** Rounds of both tasks in a row, without a finished compilation or a moved cost, that end the warm-up. */
    static final int QUIET_ROUNDS = 3;
    /** Nanoseconds of runs between two readings of the clock, beyond which a batch reads it no more often. */
    static final long CHUNK_NANOS = 200_000;

    private final double minSeconds;

    /**
     * A timer that measures each task for at least minSeconds of CPU time.
     *
     * @param minSeconds the least CPU time per task, after a warm-up ({@link #warmUp})
     */
    public PairedTimer(double minSeconds) {
        this.minSeconds = minSeconds;
    }

    /**
     * Nanoseconds per run of each task: batches of about a tenth of minSeconds each, the two tasks in
     * turn, until each task has had minSeconds and neither's fastest batch has improved by 2 % for three
     * rounds (at most ten times as long); each task's fastest batch counts, as other work can only
     * slow a batch down.
     *
     * @param first  the first task, run many times
     * @param second the second task, run many times
     * @return nanoseconds per run of the first and of the second task
     */
    public PairedNanos nanosPerCall(Runnable first, Runnable second) {
        long batch = (long) (minSeconds * 1e8);
        long least = 2 * (long) (minSeconds * 1e9);
        warmUp(first, second, batch, 5 * least);
        double[] best = {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY};
        int sinceBest = 0;
        long spent = 0;
        Runnable[] tasks = {first, second};
        while (true) {
            boolean improved = false;
            for (int t = 0; t < 2; t++) {
                long[] run = batch(tasks[t], batch);
                spent += run[0];
                double perCall = (double) run[0] / run[1];
                improved |= perCall < 0.98 * best[t];
                best[t] = Math.min(best[t], perCall);
            }
            sinceBest = improved ? 0 : sinceBest + 1;
            if (spent >= 10 * least || spent >= least && sinceBest >= 3) {
                return new PairedNanos(best[0], best[1]);
            }
        }
    }

    /**
     * Runs the two tasks in turn, in batches, until the JIT is done with them: until {@link #QUIET_ROUNDS} rounds in
     * a row in which the JIT finished no compilation (its total compilation time did not grow, where the JVM
     * reports it) and neither task's cost per run moved by 10 % (a batch's spread under load is ±8 %; a step not yet
     * compiled costs tens of times more), or at most {@code most} nanoseconds on the clock.
     * A fixed count of batches (0.4·minSeconds) was too short under load: at a load of 15-24 on 2 cores the bench's
     * first vector case was timed before C2 had compiled the vector steps in 3 of 4 runs (114-205x the unpolarised
     * kernel, against 2.5x), as a C2 thread that shares a core with 20 others takes that much longer.
     *
     * @return the rounds run
     */
    static int warmUp(Runnable first, Runnable second, long batch, long most) {
        Runnable[] tasks = {first, second};
        double[] last = {Double.NaN, Double.NaN};
        long compiled = compilationMillis();
        long spent = 0;
        int quiet = 0;
        int rounds = 0;
        while (quiet < QUIET_ROUNDS && spent < most) {
            boolean settled = true;
            for (int t = 0; t < 2; t++) {
                long[] run = batch(tasks[t], batch);
                spent += run[0];
                double perCall = (double) run[0] / run[1];
                settled &= Math.abs(perCall - last[t]) <= 0.1 * last[t];
                last[t] = perCall;
            }
            long now = compilationMillis();
            quiet = settled && now == compiled ? quiet + 1 : 0;
            compiled = now;
            rounds++;
        }
        return rounds;
    }

    /** The JIT's total compilation time so far, ms (it grows as compilations finish); 0 where not reported. */
    private static long compilationMillis() {
        return JIT != null && JIT.isCompilationTimeMonitoringSupported() ? JIT.getTotalCompilationTime() : 0;
    }

    /**
     * Runs the task until at least {@code nanos} have passed on the clock: {elapsed, runs}. The clock is read after
     * chunks of runs that double until one takes {@link #CHUNK_NANOS}, not after every run: reading a thread's CPU
     * time costs ~1.5 µs on this project's 2-core host, which read after every run put a third onto a 5 µs curve.
     */
    private static long[] batch(Runnable task, long nanos) {
        long start = now();
        long runs = 0;
        long chunk = 1;
        long elapsed = 0;
        while (elapsed < nanos) {
            for (long i = 0; i < chunk; i++) {
                task.run();
            }
            runs += chunk;
            long before = elapsed;
            elapsed = now() - start;
            if (elapsed - before < CHUNK_NANOS) {
                chunk *= 2;
            }
        }
        return new long[] {elapsed, runs};
    }

    private static long now() {
        return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
    }

    /**
     * The two tasks' costs.
     *
     * @param first  nanoseconds per run of the first task
     * @param second nanoseconds per run of the second task
     */
    public record PairedNanos(double first, double second) {
    }
}
