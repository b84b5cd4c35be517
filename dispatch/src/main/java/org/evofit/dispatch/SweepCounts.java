package org.evofit.dispatch;

import java.util.Map;
import java.util.SortedMap;

/**
 * How many runs are in each state, in total and per worker.
 *
 * @param byStatus runs per status (every status present, zeros included)
 * @param byWorker per worker name, runs per status (only statuses with runs)
 */
public record SweepCounts(SortedMap<RunStatus, Integer> byStatus, SortedMap<String, SortedMap<RunStatus, Integer>> byWorker) {

    /** Runs in {@code status}. */
    public int count(RunStatus status) {
        return byStatus.getOrDefault(status, 0);
    }

    /** Runs in all states. */
    public int total() {
        return byStatus.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Runs done per worker. */
    public Map<String, Integer> doneByWorker() {
        Map<String, Integer> out = new java.util.TreeMap<>();
        byWorker.forEach((w, m) -> out.put(w, m.getOrDefault(RunStatus.DONE, 0)));
        return out;
    }
}
