package org.evofit.server.limits;

import org.evofit.core.optim.HelperCpu;

/**
 * The CPU time of the calling thread, as the quota {@code cpu-seconds-per-day} counts a fit's work: a fit runs on
 * one slot's thread from start to end, so that thread's CPU time, with what threads helping it spent on its
 * behalf ({@link HelperCpu}: evaluations beside it, a screening round's other restarts), is the fit's. Tests inject
 * a clock of their own, so a budget is reached at a generation they know instead of after some wall-clock time.
 */
@FunctionalInterface
public interface CpuClock {

    /** The JVM's measure of the current thread's CPU time (user and system), with its helpers' ({@link HelperCpu}). */
    CpuClock THREAD = HelperCpu::withHelpers;

    /** CPU nanoseconds the calling thread has used; only differences on one thread mean anything. */
    long nanos();
}
