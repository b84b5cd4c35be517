package org.evofit.dispatch;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.evofit.wrapper.modelfile.YamlScalars;

/**
 * Measures the cluster's own cost ({@code evofit bench --dispatch}): worker processes with one slot
 * each on a store, then
 * <ul>
 *   <li>latency: one-run sweeps submitted one after another while a slot is free; the time from the
 *       submitter's commit to the worker's claim;
 *   <li>overhead: one sweep of many tiny runs; wall time from the commit to the last result, times
 *       the slots, minus the fits' own time (result.json {@code seconds}), per run — everything that
 *       is not fitting: claiming, the store, files, model loading;
 *   <li>the gap in a slot: from a run's recorded result to the next claim by the same worker, the part
 *       of the overhead spent finding and claiming the next run rather than in the job.
 * </ul>
 */
public final class DispatchBench {

    /** Starts one worker process with one slot and one thread on the store. */
    @FunctionalInterface
    public interface WorkerLauncher {
        /** Starts the worker named {@code name}. */
        Process start(String name) throws IOException;
    }

    /**
     * What was measured.
     *
     * @param workers                 worker processes (one slot each)
     * @param runs                    runs of the overhead sweep
     * @param latencySamples          one-run submissions timed
     * @param medianLatencyMs         median time from submission to start, ms
     * @param maxLatencyMs            the slowest of them, ms
     * @param wallSeconds             the overhead sweep's wall time, s
     * @param fitSeconds              the sum of its fits' own time, s
     * @param overheadPerRunMs        (wall × slots − fit time) / runs, ms
     * @param medianInJobOverheadMs   median of (claim to record − fit time) per run, ms
     * @param medianGapMs             median time from a run's recorded end to its worker's next claim, ms
     */
    public record Report(int workers, int runs, int latencySamples, double medianLatencyMs, double maxLatencyMs,
                         double wallSeconds, double fitSeconds, double overheadPerRunMs, double medianInJobOverheadMs,
                         double medianGapMs) {
    }

    /** How long nothing may change (no worker joining, no run changing state) before the bench gives up. */
    static final Duration STALL = Duration.ofMinutes(5);
    private static final Duration POLL = Duration.ofMillis(100);

    private DispatchBench() {
    }

    /** Runs the benchmark with {@code workers} worker processes, which it stops (SIGTERM) at the end. */
    public static Report run(Database db, WorkerLauncher launcher, int workers, Path model, int runs, int latencySamples,
                             Path workDir) throws IOException, InterruptedException {
        List<Process> processes = new ArrayList<>();
        try {
            for (int i = 1; i <= workers; i++) {
                processes.add(launcher.start("bench" + i));
            }
            awaitCheckedIn(db, workers, processes);
            RunStore store = db.store();
            // Warm-up: the workers' JIT, the pool, the input cache.
            awaitEnd(store, submit(db, workDir, "warmup", model, "seeds: " + 4 * workers).sweep(), processes);

            double[] latencies = new double[latencySamples];
            for (int i = 0; i < latencySamples; i++) {
                Submitter.Submission s = submit(db, workDir, "latency" + i, model, "seeds: [" + (1000 + i) + "]");
                awaitEnd(store, s.sweep(), processes);
                RunRow row = store.queue().runs(s.sweep()).get(0);
                latencies[i] = Duration.between(s.submitted(), row.started()).toNanos() / 1e6;
            }
            Arrays.sort(latencies);

            Submitter.Submission sweep = submit(db, workDir, "overhead", model, "seeds: " + runs);
            awaitEnd(store, sweep.sweep(), processes);
            List<RunRow> rows = store.queue().runs(sweep.sweep());
            ObjectMapper json = new ObjectMapper();
            double fit = 0;
            Instant last = sweep.submitted();
            double[] inJob = new double[rows.size()];
            for (int i = 0; i < rows.size(); i++) {
                RunRow r = rows.get(i);
                double seconds = json.readTree(store.files().runFiles(sweep.sweep(), r.id()).get("result.json")).path("seconds").asDouble();
                fit += seconds;
                last = r.finished().isAfter(last) ? r.finished() : last;
                inJob[i] = Duration.between(r.started(), r.finished()).toNanos() / 1e6 - seconds * 1000;
            }
            Arrays.sort(inJob);
            double wall = Duration.between(sweep.submitted(), last).toNanos() / 1e9;
            return new Report(workers, runs, latencySamples, median(latencies), latencies[latencies.length - 1], wall, fit,
                    (wall * workers - fit) * 1000 / runs, median(inJob), median(gaps(rows)));
        } finally {
            for (Process p : processes) {
                p.destroy();
            }
            for (Process p : processes) {
                // A fixed bound, as the worker role's unit has one (worker_stop_timeout): SIGTERM, then the
                // worker's own grace for its fits (none run now) and as much again to leave, then SIGKILL,
                // so the scratch database can be dropped after.
                if (!p.waitFor(Worker.STOP_GRACE.multipliedBy(2).toSeconds(), TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                }
            }
        }
    }

    private static Submitter.Submission submit(Database db, Path workDir, String name, Path model, String seeds) {
        try {
            Path sweep = Files.writeString(workDir.resolve(name + ".yaml"), "models: [" + YamlScalars.quoted(model.toAbsolutePath().toString()) + "]\n"
                    + seeds + "\nfit: {generations: 3, population: 10}\n");
            return Submitter.submit(db, sweep.toString(), Plans.of(sweep), EventLog.NONE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Waits until the sweep has ended, as long as its runs keep changing state (claimed, ended):
     * the bench's fits are three generations of ten, seconds at most, so {@link #STALL} without a change
     * while its workers live means the cluster is stuck; however many runs, the wait has no total.
     */
    private static void awaitEnd(RunStore store, String sweep, List<Process> workers) throws InterruptedException {
        ProgressWait.until("benchmark sweep " + sweep + " has ended", () -> {
            requireAlive(workers);
            SweepCounts c = store.queue().counts(sweep);
            return c.count(RunStatus.QUEUED) == 0 && c.count(RunStatus.RUNNING) == 0;
        }, () -> store.queue().counts(sweep).byStatus(), STALL, POLL);
        SweepCounts c = store.queue().counts(sweep);
        if (c.count(RunStatus.DONE) != c.total()) {
            throw new IllegalStateException("benchmark sweep " + sweep + ": " + c.byStatus() + "; see the runs' errors");
        }
    }

    /** Waits until every worker has joined, as long as they keep joining (a worker that cannot join exits). */
    private static void awaitCheckedIn(Database db, int workers, List<Process> processes) throws InterruptedException {
        ProgressWait.until(workers + " benchmark workers have joined", () -> {
            requireAlive(processes);
            return checkedIn(db) >= workers;
        }, () -> checkedIn(db), STALL, POLL);
    }

    /** A worker that exited (it could not join, or broke) fails the bench at once rather than at the stall limit. */
    private static void requireAlive(List<Process> workers) {
        for (Process p : workers) {
            if (!p.isAlive()) {
                throw new IllegalStateException("a benchmark worker exited with code " + p.exitValue());
            }
        }
    }

    /** The workers whose heartbeat is fresh: they have joined and their slots claim runs. */
    private static int checkedIn(Database db) {
        Instant alive = Instant.now().minus(Presence.ALIVE);
        return (int) db.store().workers().heartbeats().values().stream().filter(beat -> beat.isAfter(alive)).count();
    }

    /** Sorted, per worker, the times from each run's end to the start of the worker's next run, ms. */
    static double[] gaps(List<RunRow> rows) {
        Map<String, List<RunRow>> byWorker = rows.stream().filter(r -> r.started() != null && r.finished() != null)
                .collect(Collectors.groupingBy(RunRow::worker));
        List<Double> gaps = new ArrayList<>();
        for (List<RunRow> slot : byWorker.values()) {
            slot.sort(Comparator.comparing(RunRow::started));
            for (int i = 1; i < slot.size(); i++) {
                gaps.add(Duration.between(slot.get(i - 1).finished(), slot.get(i).started()).toNanos() / 1e6);
            }
        }
        return gaps.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    }

    private static double median(double[] sorted) {
        int n = sorted.length;
        return n == 0 ? Double.NaN : n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
