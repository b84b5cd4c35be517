package org.evofit.server.run;

import io.javalin.http.sse.SseClient;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.evofit.core.de.GenerationReport;

/**
 * The live state of one submission while it is in this process: the latest generation of the run
 * shown (one of those fitting now, kept until it ends), its convergence points, how many fits hold a slot, how many runs are done, the threads fitting it (so a cancel or
 * a shutdown can interrupt them, and they checkpoint) and the browsers listening.
 */
final class Live {

    /** The most convergence points kept per run: older ones are thinned, the plot's shape stays. */
    private static final int MAX_POINTS = 2000;

    final String id;
    final Set<Thread> fitThreads = ConcurrentHashMap.newKeySet();
    final List<SseClient> clients = new CopyOnWriteArrayList<>();
    volatile boolean cancelled;

    private String run;
    private GenerationReport latest;
    private final List<double[]> points = new ArrayList<>();
    private boolean shownEnded;
    private int runsDone;
    private int runsRunning;
    private int runsWaiting;
    private int runsTotal;
    private List<ClusterRun> clusterRuns = List.of();
    private SubmissionStatus status = SubmissionStatus.QUEUED;
    private long version;
    private long sent = -1;

    Live(String id) {
        this.id = id;
    }

    synchronized void generation(String runId, GenerationReport report) {
        if (!runId.equals(run)) {
            if (run != null && !shownEnded) {
                // Another of the sweep's fits running beside it: one curve, not two interleaved.
                return;
            }
            run = runId;
            shownEnded = false;
            points.clear();
        }
        latest = report;
        points.add(new double[] {report.generation(), report.bestFom()});
        if (points.size() > MAX_POINTS) {
            // Keep every other point: memory stays bounded on long fits.
            for (int i = points.size() - 2; i > 0; i -= 2) {
                points.remove(i);
            }
        }
        version++;
    }

    /** One of the submission's fits took a slot. */
    synchronized void fitStarted() {
        runsRunning++;
        version++;
    }

    /** One of its fits begins ({@code +1}) or ends ({@code -1}) waiting for a slot. */
    synchronized void fitWaiting(int change) {
        runsWaiting += change;
        version++;
    }

    /** Fit {@code runId} let go of its slot: if it was the one shown, the next generation of another takes over. */
    synchronized void fitEnded(String runId) {
        runsRunning--;
        shownEnded |= runId.equals(run);
        version++;
    }

    synchronized void runs(int done, int total) {
        runsDone = done;
        runsTotal = total;
        version++;
    }

    /** The runs as the cluster's run store has them now (a change only when they differ from the last call). */
    synchronized void clusterRuns(List<ClusterRun> runs) {
        if (runs.equals(clusterRuns)) {
            return;
        }
        clusterRuns = List.copyOf(runs);
        runsDone = (int) runs.stream().filter(ClusterRun::done).count();
        runsTotal = runs.size();
        version++;
    }

    synchronized void status(SubmissionStatus newStatus) {
        status = newStatus;
        version++;
    }

    synchronized SubmissionStatus status() {
        return status;
    }

    /** The state as the progress event's JSON, or null when nothing changed since the last call. */
    synchronized Map<String, Object> changed() {
        if (version == sent) {
            return null;
        }
        sent = version;
        return snapshot();
    }

    /** The state as the progress event's JSON. */
    synchronized Map<String, Object> snapshot() {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("id", id);
        e.put("status", status.label());
        e.put("runsDone", runsDone);
        e.put("runsTotal", runsTotal);
        e.put("runsRunning", runsRunning);
        e.put("runsWaiting", runsWaiting);
        e.put("run", run);
        if (!clusterRuns.isEmpty()) {
            e.put("clusterRuns", clusterRuns);
        }
        if (latest != null) {
            e.put("generation", latest.generation());
            e.put("maxGenerations", latest.maxGenerations());
            e.put("bestFom", finite(latest.bestFom()));
            e.put("evaluationsPerSecond", finite(latest.evaluationsPerSecond()));
            e.put("etaSeconds", finite(eta(latest)));
            e.put("points", new ArrayList<>(points));
        }
        return e;
    }

    /** Seconds left at the pace so far: elapsed time per generation times the generations to go. */
    static double eta(GenerationReport r) {
        if (r.generation() <= 0) {
            return Double.NaN;
        }
        return r.elapsedSeconds() / r.generation() * Math.max(0, r.maxGenerations() - r.generation());
    }

    // JSON has no NaN: an unknown figure is null.
    private static Double finite(double v) {
        return Double.isFinite(v) ? v : null;
    }
}
