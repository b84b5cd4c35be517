package org.evofit.dispatch;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.evofit.looper.RunSpec;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;

/**
 * Submits a planned sweep to the cluster: stores the sweep, its runs (queued) and its input files in
 * one transaction, schedules a Quartz job for every run that can start now (chained runs are
 * scheduled by the worker that records their predecessor), then wakes the idle workers. Once stored,
 * the sweep runs: a scheduling that fails is left to the workers, which schedule queued runs without
 * a job themselves.
 */
public final class Submitter {

    private Submitter() {
    }

    /** A new sweep id: 12 hex digits. */
    public static String newSweepId() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    /**
     * What a submission made.
     *
     * @param sweep       the new sweep's id
     * @param submitted   when its jobs were committed (the moment a free worker can start them)
     * @param unscheduled why the runs could not be scheduled at once, or {@code null} when they were; the
     *                    sweep is stored either way, and the workers schedule such runs themselves
     *                    ({@link Orphans}) within a minute
     */
    public record Submission(String sweep, Instant submitted, String unscheduled) {
    }

    /** Submits the plan (see {@link #submit(Database, String, List, EventLog, Consumer)}), telling nobody the id early. */
    public static Submission submit(Database db, String source, List<RunSpec> plan, EventLog log) {
        return submit(db, source, plan, log, id -> { });
    }

    /**
     * Submits the plan: stores the sweep in one transaction, tells {@code stored} its id (before anything
     * else can fail: a submitter killed later has printed it), then schedules its startable runs.
     *
     * @param source the file submitted (for {@code status})
     */
    public static Submission submit(Database db, String source, List<RunSpec> plan, EventLog log, Consumer<String> stored) {
        return submit(db, source, plan, null, log, stored);
    }

    /**
     * Submits the plan as {@link #submit(Database, String, List, EventLog, Consumer)} does, carrying the
     * correlation id {@code request} of the request that asked for it ({@code evofit serve}'s) to the workers,
     * which write it on each run's started line.
     */
    public static Submission submit(Database db, String source, List<RunSpec> plan, String request, EventLog log,
                                    Consumer<String> stored) {
        return submit(db, source, plan, request, null, RunPriority.NORMAL, null, log, stored);
    }

    /**
     * Submits the plan as {@link #submit(Database, String, List, String, EventLog, Consumer)} does for {@code owner}
     * (an account of {@code evofit serve}, whose quotas count the runs' CPU time; null: none), its runs in the workers'
     * queue with {@code priority} (a guest's: {@link RunPriority#LOW}), its fits together allowed {@code cpuBudget} CPU
     * seconds on the workers (null: no bound; past it a fit stops with its best so far, marked CPU_BUDGET).
     */
    public static Submission submit(Database db, String source, List<RunSpec> plan, String request, String owner,
                                    RunPriority priority, Double cpuBudget, EventLog log, Consumer<String> stored) {
        String sweep = newSweepId();
        RunStore store = db.store();
        store.queue().addSweep(sweep, source, plan, InputFiles.collect(plan), ModelOrigins.of(plan), request, priority,
                owner, cpuBudget);
        stored.accept(sweep);
        Instant submitted;
        String unscheduled = null;
        try {
            submitted = scheduleStartable(db, store, sweep);
        } catch (StoreException e) {
            submitted = Instant.now();
            unscheduled = e.getMessage();
            log.event("error", sweep, null, null, unscheduled);
        }
        for (RunSpec r : plan) {
            log.event(submitted, "submitted", sweep, r.id(), null, null);
        }
        return new Submission(sweep, submitted, unscheduled);
    }

    /**
     * The sweep stored from the same file with exactly these runs (run ids hash the model, data and
     * settings), unless all its runs were cancelled: submitting it again would run everything twice.
     */
    public static Optional<SweepEntry> existing(Database db, String source, List<RunSpec> plan) {
        RunStore store = db.store();
        Set<String> ids = plan.stream().map(RunSpec::id).collect(Collectors.toSet());
        for (SweepEntry e : store.queue().entries()) {
            if (e.source().equals(source) && e.runs() == ids.size()) {
                List<RunRow> runs = store.queue().runs(e.id());
                boolean same = runs.stream().map(RunRow::id).collect(Collectors.toSet()).equals(ids);
                if (same && runs.stream().anyMatch(r -> r.status() != RunStatus.CANCELLED)) {
                    return Optional.of(e);
                }
            }
        }
        return Optional.empty();
    }

    /** Schedules the sweep's queued runs that can start and wakes the workers; returns when the jobs were committed. */
    static Instant scheduleStartable(Database db, RunStore store, String sweep) {
        List<String> runs = store.queue().startable(sweep).stream().map(RunRow::id).toList();
        Scheduler scheduler = null;
        try {
            scheduler = QuartzCluster.client(db.dataSource());
            RunJobs.schedule(scheduler, sweep, runs);
        } catch (SchedulerException e) {
            throw new StoreException("cannot schedule the runs of sweep " + sweep + ": " + e.getMessage(), e);
        } finally {
            shutdown(scheduler);
        }
        Instant committed = Instant.now();
        Wakeups.notifyWorkers(db.dataSource());
        return committed;
    }

    /**
     * Cancels the sweep: queued and running runs are marked cancelled (a running fit's result is not
     * recorded) and, on a cluster store, the jobs not yet fired are removed.
     *
     * @return the runs cancelled
     */
    public static int cancel(Database db, String sweep, EventLog log) {
        int n = db.store().queue().cancel(sweep);
        if (!db.config().isPostgres()) {
            // A local (SQLite) store has no Quartz tables: nothing is scheduled there.
            log.event("cancelled", sweep, null, null, n + " runs");
            return n;
        }
        Scheduler scheduler = null;
        try {
            scheduler = QuartzCluster.client(db.dataSource());
            RunJobs.unschedule(scheduler, sweep);
        } catch (SchedulerException e) {
            throw new StoreException("cannot remove the jobs of sweep " + sweep + ": " + e.getMessage(), e);
        } finally {
            shutdown(scheduler);
        }
        log.event("cancelled", sweep, null, null, n + " runs");
        return n;
    }

    /**
     * Shuts a client scheduler down. In a JVM that also runs a worker, Quartz hands the client the
     * worker's own scheduler (same name): that one is started and must keep running.
     */
    static void shutdown(Scheduler scheduler) {
        boolean started;
        try {
            started = scheduler != null && scheduler.isStarted();
        } catch (SchedulerException e) {
            started = false;
        }
        if (scheduler != null && !started) {
            try {
                scheduler.shutdown();
            } catch (SchedulerException ignored) {
                // A scheduler that never started has nothing to release.
            }
        }
    }
}
