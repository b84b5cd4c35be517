package org.evofit.core.optim;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.atomic.LongAdder;

/**
 * CPU time that helper threads spent on a thread's behalf: the threads that evaluate a population beside the
 * fit's own ({@link ParallelEvaluation}) and those that run a screening round's other restarts add their CPU
 * time to the account of the thread that started them. A meter of a fit's CPU time (a quota, a budget) counts
 * its own thread's time plus {@link #nanos()}, so a fit on several threads is counted whole. Like a thread's CPU
 * time, only differences taken on one thread mean anything.
 */
public final class HelperCpu {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final ThreadLocal<LongAdder> ACCOUNT = ThreadLocal.withInitial(LongAdder::new);

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

    /** The calling thread's account, for the helpers it starts to add to. */
    public static LongAdder account() {
        return ACCOUNT.get();
    }

    /** Runs {@code work} on the calling (helper) thread and adds the CPU time it took to {@code account}. */
    public static void charged(LongAdder account, Runnable work) {
        long start = threadNanos();
        try {
            work.run();
        } finally {
            account.add(Math.max(0, threadNanos() - start));
        }
    }

    private static long threadNanos() {
        // -1 where the JVM cannot measure a thread's CPU time: nothing is counted then, rather than garbage.
        return THREADS.isCurrentThreadCpuTimeSupported() ? Math.max(0, THREADS.getCurrentThreadCpuTime()) : 0;
    }
}
