package org.evofit.server.run;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.evofit.dispatch.Database;
import org.evofit.dispatch.DbConfig;
import org.evofit.dispatch.EventLog;
import org.evofit.dispatch.Plans;
import org.evofit.dispatch.ResultsExport;
import org.evofit.dispatch.RunPriority;
import org.evofit.dispatch.RunRow;
import org.evofit.dispatch.RunStatus;
import org.evofit.dispatch.RunStore;
import org.evofit.dispatch.StoreException;
import org.evofit.dispatch.StoredCheckpoint;
import org.evofit.dispatch.Submitter;
import org.evofit.dispatch.SweepEntry;
import org.evofit.looper.RunSpec;
import org.evofit.server.RequestIds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Submissions fitted by a cluster's {@code evofit worker}s: each is submitted to the cluster's run store as
 * {@code evofit submit} submits its sweep file (carrying the request id to the workers), and a watcher
 * thread polls the store every second. When the cluster's runs have all ended, their files are exported
 * into the submission's folder in {@code evofit loop}'s layout (as {@code evofit results} writes them, so
 * every page and download reads them as a local run's), archived into the project and the submission ends.
 *
 * <p>Only the watcher thread submits, cancels and ends, so they never race. This process follows only the
 * submissions of its own {@code --data}: several services share one database without touching each other's
 * sweeps. A submission is submitted once: its sweep id is saved in {@code submission.json} the moment the
 * store holds the sweep, and one submitted by a process that died before saving it is found again by its
 * sweep file and runs ({@link Submitter#existing}). Closing stops the watcher only; the workers go on,
 * and the next start follows the submissions not ended again.
 */
final class ClusterRuns implements SubmissionRunner {

    private static final Logger LOG = LoggerFactory.getLogger(ClusterRuns.class);
    private static final long POLL_MILLIS = 1000;
    private static final int CONNECTIONS = 2;
    private static final long CLOSE_WAIT_SECONDS = 60;

    private final SubmissionStore store;
    private final SubmissionRunner.Finisher finisher;
    private final java.util.function.Function<Submission, Double> budget;
    private final java.util.function.Function<Submission, Integer> maxRunning;
    private final Database db;
    private final ScheduledExecutorService watcher;
    private final Map<String, Live> live = new ConcurrentHashMap<>();
    private final Map<String, Boolean> followed = new ConcurrentHashMap<>();

    /**
     * @param budget     the CPU seconds a submission's fits may use on the workers, asked as it is submitted (null: no bound)
     * @param maxRunning how many runs its account may hold on the workers at once, asked as it is submitted (null: no bound)
     */
    ClusterRuns(SubmissionStore store, DbConfig cluster, SubmissionRunner.Finisher finisher,
                java.util.function.Function<Submission, Double> budget,
                java.util.function.Function<Submission, Integer> maxRunning) {
        this.store = store;
        this.budget = budget;
        this.maxRunning = maxRunning;
        this.finisher = finisher;
        this.db = Database.open(cluster, CONNECTIONS);
        this.watcher = Ticker.every("evofit-cluster-watcher", POLL_MILLIS, this::poll);
    }

    /** Follows the submission; the watcher submits it at once unless it has a cluster sweep already. */
    @Override
    public void start(Submission s) {
        live.computeIfAbsent(s.id(), Live::new);
        followed.put(s.id(), true);
        watcher.execute(() -> follow(s.id()));
    }

    /** The workers' CPU uses of {@code user}'s runs since {@code since} (the quota cpu-seconds-per-day counts them). */
    List<Map.Entry<Instant, Double>> cpuUses(String user, Instant since) {
        return db.store().queue().cpuUses(user, since).stream()
                .map(u -> Map.entry(u.at(), u.seconds())).toList();
    }

    /**
     * The account's sweeps waiting in the shared store (whichever service submitted them), and its submissions this
     * service has not yet submitted there.
     */
    @Override
    public int queued(String user) {
        long unsubmitted = store.queuedIds(user).stream().filter(id -> store.get(id).clusterSweep() == null).count();
        return (int) unsubmitted + db.store().queue().waitingSweeps(user);
    }

    @Override
    public Live live(String id) {
        return live.get(id);
    }

    /** Cancels the cluster's sweep as {@code evofit cancel} does (queued runs never start) and ends the submission. */
    @Override
    public void cancel(Submission s) {
        // On the watcher's thread: the submission is either submitted already or never will be.
        Live l = live.computeIfAbsent(s.id(), Live::new);
        try {
            watcher.submit(() -> {
                Submission now = store.get(s.id());
                if (now.status().ended()) {
                    return;
                }
                if (now.clusterSweep() != null) {
                    Submitter.cancel(db, now.clusterSweep(), EventLog.NONE);
                }
                end(now, l, SubmissionStatus.CANCELLED, now.clusterSweep() == null ? "cancelled before it was submitted"
                        : "cancelled");
            }).get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while cancelling " + s.id(), e);
        }
    }

    private void poll() {
        for (String id : List.copyOf(followed.keySet())) {
            try {
                follow(id);
            } catch (RuntimeException e) {
                // A submission that cannot even be read or ended stops neither the watcher nor the others.
                LOG.error("following {}", id, e);
            }
        }
        Progress.pushAll(live.values());
    }

    /** One look at a submission: submit it when it is not yet, show its runs' states, end it when they have. */
    private void follow(String id) {
        if (!followed.containsKey(id)) {
            return;
        }
        Live l = live.computeIfAbsent(id, Live::new);
        Submission s = store.get(id);
        MDC.put(RequestIds.MDC_KEY, s.requestId());
        try {
            if (s.status().ended()) {
                followed.remove(id);
                l.status(s.status());
                return;
            }
            if (s.clusterSweep() == null) {
                s = submit(s);
            }
            watch(s, l);
        } catch (StoreException e) {
            // The database is out of reach for now: the next poll tries again.
            LOG.warn("{} {}: the cluster's run store: {}", s.kind(), s.id(), e.getMessage());
        } catch (RuntimeException e) {
            LOG.error("{} {} failed", s.kind(), s.id(), e);
            end(s, l, SubmissionStatus.FAILED, Starts.failure(store.folderOf(s.id()), e));
        } finally {
            MDC.remove(RequestIds.MDC_KEY);
        }
    }

    /** Stores the submission's sweep in the cluster, or finds it there when a previous process stored it. */
    private Submission submit(Submission s) {
        Path sweepFile = Starts.inputSweep(store.folderOf(s.id()), s.id());
        List<RunSpec> plan = Plans.of(sweepFile);
        String source = sweepFile.toAbsolutePath().normalize().toString();
        String sweep = Submitter.existing(db, source, plan).map(SweepEntry::id).orElse(null);
        if (sweep == null) {
            // Saved the moment the store holds the sweep: a restart after this never submits it again.
            // A guest's runs wait in the workers' queue while any other run waits, as on local slots.
            RunPriority priority = s.lowPriority() ? RunPriority.LOW : RunPriority.NORMAL;
            Integer bound = maxRunning.apply(s);
            if (bound != null) {
                // The account's concurrent-runs, as the workers apply it to all its sweeps from now on.
                db.store().queue().limitRunning(s.user(), bound);
            }
            // The workers' run files name the inputs as uploaded, as a local run's do (Starts.planned).
            sweep = Submitter.submit(db, source, plan, s.requestId(), s.user(), priority, budget.apply(s),
                    Starts.naming(store.folderOf(s.id())), EventLog.NONE,
                    stored -> store.save(s.submittedAs(stored))).sweep();
        }
        Submission submitted = s.submittedAs(sweep);
        store.save(submitted);
        LOG.info("{} {} of project {} submitted to the cluster as sweep {} ({} runs)", s.kind(), s.id(), s.project(),
                sweep, plan.size());
        return submitted;
    }

    private void watch(Submission s, Live l) {
        RunStore runs = db.store();
        List<RunRow> rows = runs.queue().runs(s.clusterSweep());
        l.clusterRuns(rows.stream().map(r -> clusterRun(runs, r)).toList());
        boolean started = rows.stream().anyMatch(r -> r.status() != RunStatus.QUEUED);
        if (started && s.status() == SubmissionStatus.QUEUED) {
            s = s.with(SubmissionStatus.RUNNING, null);
            store.save(s);
        }
        if (l.status() != s.status()) {
            l.status(s.status());
        }
        if (rows.isEmpty() || rows.stream().anyMatch(r -> r.status() == RunStatus.QUEUED || r.status() == RunStatus.RUNNING)) {
            return;
        }
        ResultsExport.write(runs, s.clusterSweep(), store.folderOf(s.id()));
        List<String> ids = rows.stream().map(RunRow::id).toList();
        finisher.finished(s, ids);
        long done = rows.stream().filter(r -> r.status() == RunStatus.DONE).count();
        long failed = rows.stream().filter(r -> r.status() == RunStatus.FAILED).count();
        if (done == rows.size()) {
            String stop = BudgetStops.message(store.folderOf(s.id()), ids);
            end(s, l, stop != null ? SubmissionStatus.STOPPED : SubmissionStatus.SUCCEEDED, stop);
        } else if (failed > 0) {
            end(s, l, SubmissionStatus.FAILED, failed + " of " + rows.size() + " runs failed");
        } else {
            end(s, l, SubmissionStatus.CANCELLED, (rows.size() - done) + " of " + rows.size()
                    + " runs cancelled in the cluster");
        }
    }

    private static ClusterRun clusterRun(RunStore runs, RunRow r) {
        Integer generation = r.status() != RunStatus.RUNNING ? null
                : runs.checkpoints().latest(r.sweep(), r.id()).map(StoredCheckpoint::generation).orElse(null);
        Double fom = r.status() == RunStatus.DONE && Double.isFinite(r.fom()) ? r.fom() : null;
        return new ClusterRun(r.id(), r.status().word(), r.worker(), generation, fom);
    }

    private void end(Submission s, Live l, SubmissionStatus status, String message) {
        store.end(s, status, message);
        l.status(status);
        followed.remove(s.id());
    }

    /**
     * Stops watching after the look in progress (an export or a commit is not cut short; the cluster's
     * workers go on) and closes the connections to the run store.
     */
    @Override
    public void close() {
        watcher.shutdown();
        try {
            if (!watcher.awaitTermination(CLOSE_WAIT_SECONDS, TimeUnit.SECONDS)) {
                LOG.warn("the cluster watcher still busy after {} s; stopping it", CLOSE_WAIT_SECONDS);
                watcher.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        db.close();
    }
}
