package org.evofit.looper;

import java.util.List;
import java.util.function.Consumer;

/**
 * Runs many fits: locally on a thread pool ({@link LocalDispatcher}), or on the Quartz cluster
 * (dispatch's ClusterDispatcher). A failing run must not stop the others. A run with
 * {@link RunSpec#startFrom()} set starts only after that run has ended (when both are in the list).
 */
public interface Dispatcher {

    /**
     * Runs every spec and returns when all have ended.
     *
     * @param runs     the runs to start
     * @param finished called once per run as it ends, never concurrently
     */
    void run(List<RunSpec> runs, Consumer<RunOutcome> finished);
}
