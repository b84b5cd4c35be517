package org.evofit.looper;

import org.slf4j.MDC;

/**
 * The run a thread is working on, put into the logging context (slf4j's MDC, keys {@value #RUN} and
 * {@value #SWEEP}) so that every log line written meanwhile on that thread, evofit's own or a
 * library's (Quartz, Flyway, HikariCP, JGit), carries the run's id as its correlation id. Closing
 * restores what the thread had before, so contexts nest (a worker's run around the fit's). The one exception
 * is the fit's provenance, read on a thread of its own beside the fit (wrapper's ProvenanceReading, for
 * start-up): JGit's lines from that read carry no run id.
 */
public final class LogContext implements AutoCloseable {

    /** The MDC key of the run's id. */
    public static final String RUN = "run";
    /** The MDC key of the sweep's id. */
    public static final String SWEEP = "sweep";

    private final String previousRun;
    private final String previousSweep;

    private LogContext() {
        this.previousRun = MDC.get(RUN);
        this.previousSweep = MDC.get(SWEEP);
    }

    /** Marks this thread as working on {@code run} of {@code sweep} (the sweep is kept as it is when null). */
    public static LogContext of(String sweep, String run) {
        LogContext context = new LogContext();
        put(RUN, run);
        if (sweep != null) {
            put(SWEEP, sweep);
        }
        return context;
    }

    /** Marks this thread as working on {@code run}, in whatever sweep it already names. */
    public static LogContext run(String run) {
        return of(null, run);
    }

    @Override
    public void close() {
        put(RUN, previousRun);
        put(SWEEP, previousSweep);
    }

    private static void put(String key, String value) {
        if (value == null) {
            MDC.remove(key);
        } else {
            MDC.put(key, value);
        }
    }
}
