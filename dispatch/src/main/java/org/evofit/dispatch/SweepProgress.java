package org.evofit.dispatch;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * What a sweep's progress looks like from outside, for a wait that gives up only when it stops: each
 * run's state, attempts and worker, and the checkpoint generation of each running run (a long fit
 * changes nothing else for a long time). Equal snapshots mean nothing moved in between; the text
 * counts the runs by state.
 *
 * @param runs one line per run
 */
record SweepProgress(List<String> runs) {

    /** The sweep's runs now. */
    static SweepProgress of(RunStore store, String sweep) {
        return new SweepProgress(store.queue().runs(sweep).stream().map(r -> r.id() + " " + r.status().word() + " attempt "
                + r.attempts() + (r.worker() == null ? "" : " on " + r.worker())
                + (r.status() == RunStatus.RUNNING ? store.checkpoints().latest(sweep, r.id())
                        .map(c -> " generation " + c.generation()).orElse("") : "")).toList());
    }

    /**
     * Snapshots taken at most once per {@code every} (a checkpoint is read whole to learn its generation),
     * the last one repeated in between.
     */
    static Supplier<SweepProgress> every(Duration every, RunStore store, String sweep) {
        return new Supplier<>() {
            private SweepProgress last;
            private long taken;

            @Override
            public SweepProgress get() {
                if (last == null || System.nanoTime() - taken >= every.toNanos()) {
                    last = of(store, sweep);
                    taken = System.nanoTime();
                }
                return last;
            }
        };
    }

    @Override
    public String toString() {
        Map<String, Integer> byState = new TreeMap<>();
        runs.forEach(r -> byState.merge(r.split(" ")[1], 1, Integer::sum));
        StringBuilder out = new StringBuilder();
        byState.forEach((state, n) -> out.append(out.length() == 0 ? "" : ", ").append(n).append(' ').append(state));
        runs.stream().filter(r -> r.contains(" generation ")).limit(3).forEach(r -> out.append("; ").append(r));
        return out.toString();
    }
}
