package org.evofit.server.limits;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * The CPU time of the calling thread, as the quota {@code cpu-seconds-per-day} counts a fit's work: a fit runs on
 * one slot's thread from start to end (its evaluations too), so that thread's CPU time is the fit's. Tests inject
 * a clock of their own, so a budget is reached at a generation they know instead of after some wall-clock time.
 */
@FunctionalInterface
public interface CpuClock {

    /** The JVM's measure of the current thread's CPU time (its user and system time). */
    CpuClock THREAD = CpuClock::threadNanos;

    /** CPU nanoseconds the calling thread has used; only differences on one thread mean anything. */
    long nanos();

    private static long threadNanos() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        // Where the JVM cannot measure a thread's CPU time it answers -1: nothing is counted then, rather than garbage.
        return threads.isCurrentThreadCpuTimeSupported() ? Math.max(0, threads.getCurrentThreadCpuTime()) : 0;
    }
}
