package org.evofit.core.optim;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.atomic.LongAdder;

/**
 * CPU time that helper threads spent on a thread's behalf: the threads that evaluate a population beside the
 * fit's own ({@link ParallelEvaluation}) and those that run a screening round's other restarts add their CPU
 * time to the account of the thread that started them. A meter of a fit's CPU time (a quota, a budget) counts
 * its own thread's time plus {@link #nanos()}, so a fit on several threads is counted whole. Like a thread's CPU
 * time, only differences taken on one thread mean anything. A helper that starts helpers of its own passes on
 * the account it is charged to, so their time too reaches the thread that started the first.
 */
public final class HelperCpu {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final ThreadLocal<LongAdder> ACCOUNT = ThreadLocal.withInitial(LongAdder::new);
    /** The account a helper thread's work is charged to while it runs ({@link #charged}); null elsewhere. */
    private static final ThreadLocal<LongAdder> CHARGED_TO = new ThreadLocal<>();

    private HelperCpu() {
    }

    /** CPU nanoseconds helper threads have spent on the calling thread's behalf so far. */
    public static long nanos() {
        return ACCOUNT.get().sum();
    }

    /**
     * CPU nanoseconds the calling thread has used, with what its helpers spent for it ({@link #nanos()}): a fit's
     * CPU time, for the quota and budget meters and the benchmarks. 0 for the thread's own where the JVM cannot
     * measure it.
     */
    public static long withHelpers() {
        return threadNanos() + nanos();
    }

    /**
     * The account for the helpers the calling thread starts to add to: its own, or inside {@link #charged} the
     * account its work is charged to.
     */
    public static LongAdder account() {
        LongAdder charged = CHARGED_TO.get();
        return charged != null ? charged : ACCOUNT.get();
    }

    /**
     * Runs {@code work} on the calling (helper) thread and adds the CPU time it took to {@code account}; helpers
     * that {@code work} starts are charged to {@code account} too.
     */
    public static void charged(LongAdder account, Runnable work) {
        LongAdder outer = CHARGED_TO.get();
        CHARGED_TO.set(account);
        long start = threadNanos();
        try {
            work.run();
        } finally {
            account.add(Math.max(0, threadNanos() - start));
            CHARGED_TO.set(outer);
        }
    }

    private static long threadNanos() {
        // -1 where the JVM cannot measure a thread's CPU time: nothing is counted then, rather than garbage.
        return THREADS.isCurrentThreadCpuTimeSupported() ? Math.max(0, THREADS.getCurrentThreadCpuTime()) : 0;
    }
}
