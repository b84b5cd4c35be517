package org.evofit.dispatch;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Warnings about a run that may repeat at every checkpoint (a store that keeps failing): the first one
 * of each run is passed on as it happens, the rest are counted and their number told when the run ends,
 * so a failing store costs a line or two per run, not one per checkpoint.
 */
final class RunWarnings {

    private final Map<String, Integer> counts = new ConcurrentHashMap<>();
    private final Consumer<String> out;

    /** Warnings passed to {@code out}, from any thread. */
    RunWarnings(Consumer<String> out) {
        this.out = out;
    }

    /** Warns about {@code run} unless it was warned about already. */
    void warn(String run, String message) {
        if (counts.merge(run, 1, Integer::sum) == 1) {
            out.accept("run " + run + ": " + message + " (later failures of this run are counted, not repeated)");
        }
    }

    /** The run has ended: tells how many warnings were held back, if any. */
    void ended(String run) {
        Integer n = counts.remove(run);
        if (n != null && n > 1) {
            out.accept("run " + run + ": " + n + " checkpoint failures in all; the run's outcome is recorded as usual");
        }
    }
}
