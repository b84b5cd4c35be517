package org.evofit.core.de;

/**
 * How a differential-evolution run executes, as opposed to what it computes ({@link DeSettings}).
 *
 * <p>The thread count never changes a result. The log capacity bounds the memory the run keeps;
 * because jade_best draws from the log and the error bars are read from it, a smaller log can
 * change those, so a checkpoint records the capacity and is resumed only with the same one.
 *
 * @param threads     threads evaluating the population; never changes the result
 * @param logCapacity how many of the newest evaluations are kept for error bars and jade_best
 */
public record DeExecution(int threads, int logCapacity) {

    /** The log capacity when none is given: the newest 100,000 evaluations. */
    public static final int DEFAULT_LOG_CAPACITY = 100_000;

    /**
     * The most threads one run may start: far more than any machine's cores, far fewer than the
     * thousands whose stacks exhaust memory.
     */
    public static final int MAX_THREADS = 1024;

    /**
     * The largest log capacity: the log is allocated whole (capacity x dimension doubles), so ten times
     * the default, about 80 MB for ten parameters, and no more.
     */
    public static final int MAX_LOG_CAPACITY = 1_000_000;

    /** Validates both settings; throws IllegalArgumentException naming the bad one. */
    public DeExecution {
        if (threads < 1 || threads > MAX_THREADS) {
            throw new IllegalArgumentException("threads must be between 1 and " + MAX_THREADS + ", got " + threads);
        }
        if (logCapacity < 1 || logCapacity > MAX_LOG_CAPACITY) {
            throw new IllegalArgumentException("log capacity must be at least 1 and at most " + MAX_LOG_CAPACITY
                    + ", got " + logCapacity);
        }
    }

    /** One thread, the newest 100,000 evaluations logged. */
    public static DeExecution defaults() {
        return new DeExecution(1, DEFAULT_LOG_CAPACITY);
    }

    /** This execution on another number of threads. */
    public DeExecution withThreads(int v) {
        return new DeExecution(v, logCapacity);
    }

    /** This execution with another log capacity. */
    public DeExecution withLogCapacity(int v) {
        return new DeExecution(threads, v);
    }
}
