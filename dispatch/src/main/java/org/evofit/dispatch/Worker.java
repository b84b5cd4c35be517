package org.evofit.dispatch;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.evofit.core.optim.HelperCpu;
import org.evofit.core.de.Checkpointing;
import org.evofit.looper.RunExecutor;
import org.evofit.looper.RunOutcome;
import org.evofit.looper.RunSpec;
import org.evofit.looper.SweepDirectory;
import org.evofit.wrapper.io.AtomicFiles;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;

/**
 * One member of the cluster ({@code evofit worker}): a Quartz scheduler with {@code slots} job
 * threads on the shared job store. Each fired job claims its run in the run store, materialises the
 * sweep's input files, fits (resuming from the run's checkpoint when there is one), and records the
 * result files under its lease; then schedules the runs chained to it.
 *
 * <p>{@link #stop} is the graceful shutdown (SIGTERM): the scheduler stops taking work, running fits
 * are interrupted, checkpoint and are handed back to the queue with a new trigger, then the scheduler
 * shuts down.
 */
public final class Worker implements AutoCloseable {

    /** Attempts after which a run whose handling (not its fit) keeps throwing is recorded as failed. */
    static final int MAX_ATTEMPTS = 5;

    /**
     * How long a stopping worker waits for its interrupted fits to checkpoint (at their next generation
     * boundary) and hand their runs back. A fixed bound, not one that scales with progress, because the
     * service manager has one: the worker role's systemd unit and supervisor send SIGKILL after
     * {@code worker_stop_timeout} (default 120 s, twice this), and the worker should have left cleanly
     * (scheduler down, heartbeat gone, 'left' logged) before then. A fit still running after it is not
     * waited for: when the process ends, its run stays under this worker's lease and another worker
     * recovers it from its last checkpoint, as after a crash.
     */
    public static final Duration STOP_GRACE = Duration.ofSeconds(60);

    /** A sampling interval that never comes: the chain is saved on SIGTERM only. */
    private static final Duration NEVER = Duration.ofDays(36_500);

    private final Database db;
    private final RunStore store;
    private final WorkerOptions options;
    private final EventLog log;
    private final Scheduler scheduler;
    private final LeaseEnds ends;
    private final String host;
    private final Instant started = Instant.now();
    private final Map<Thread, Lease> running = new ConcurrentHashMap<>();
    /** Per sweep, how to move a spec's paths into the local input cache (written once per sweep). */
    private final Map<String, InputFiles.Local> inputs = new ConcurrentHashMap<>();
    private final ScheduledExecutorService heartbeat;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile boolean stopping;
    private Wakeups wakeups;

    private Worker(Database db, WorkerOptions options, EventLog log) throws SchedulerException {
        this.db = db;
        this.store = db.store();
        this.options = options;
        this.log = log;
        this.host = hostName();
        this.scheduler = QuartzCluster.worker(db.dataSource(), options.slots());
        this.scheduler.setJobFactory((bundle, s) -> bundle.getJobDetail().getJobClass() == ReplanJob.class
                ? new ReplanJob(this) : new RunJob(this));
        this.ends = new LeaseEnds(db, scheduler, log, options.name());
        this.heartbeat = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "evofit-heartbeat");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Joins the cluster of the PostgreSQL store {@code config} and starts taking runs.
     *
     * @throws IllegalArgumentException when the store is not PostgreSQL
     */
    public static Worker start(DbConfig config, WorkerOptions options, EventLog log) {
        if (!config.isPostgres()) {
            throw new IllegalArgumentException("a worker needs the cluster's PostgreSQL store (--db jdbc:postgresql://...), "
                    + "not " + Secrets.masked(config.url()));
        }
        Database db = Database.open(config, options.slots() + 6);
        Worker w = null;
        try {
            w = new Worker(db, options, log);
            w.begin(config);
            return w;
        } catch (SchedulerException | SQLException | RuntimeException e) {
            if (w != null) {
                w.abandon();
            }
            db.close();
            if (e instanceof IllegalArgumentException bad) {
                throw bad;
            }
            throw new StoreException("worker " + options.name() + " cannot start: " + e.getMessage(), e);
        }
    }

    private void begin(DbConfig config) throws SchedulerException, SQLException {
        Presence.join(store.workers(), options, host, started, heartbeat);
        heartbeat.scheduleWithFixedDelay(this::scheduleOrphans, 30, 30, TimeUnit.SECONDS);
        wakeups = Wakeups.listen(config, this::wake);
        scheduler.start();
        log.event("joined", null, null, options.name(), "host=" + host + " slots=" + options.slots()
                + " threads=" + options.threads());
        scheduleOrphans();
    }

    /** Undoes a start that failed half-way, so that this JVM holds no scheduler bound to a closed pool. */
    private void abandon() {
        heartbeat.shutdownNow();
        if (wakeups != null) {
            wakeups.close();
        }
        try {
            scheduler.shutdown(false);
        } catch (SchedulerException ignored) {
            // It never ran a job; there is nothing left to release.
        }
    }

    /**
     * Schedules queued runs that can start but have no Quartz job: successors whose predecessor's
     * worker died between recording the result and scheduling them, and runs whose job fired while
     * the store was unreachable. Runs at start and every 30 s.
     */
    private void scheduleOrphans() {
        try {
            for (RunRow r : Orphans.find(db.dataSource())) {
                if (RunJobs.scheduleIfAbsent(scheduler, r.sweep(), r.id())) {
                    log.event("rescheduled", r.sweep(), r.id(), options.name(), "queued without a job");
                }
            }
        } catch (SchedulerException | RuntimeException e) {
            log.event("error", null, null, options.name(), "looking for unscheduled runs: " + e.getMessage());
        }
    }

    /** Nudges the scheduler thread to look for triggers now. */
    private void wake() {
        try {
            if (!stopping) {
                QuartzCluster.wake(scheduler);
            }
        } catch (SchedulerException e) {
            // It looks again after its idle wait anyway.
        }
    }

    /** This worker's name. */
    public String name() {
        return options.name();
    }

    /** Runs one fired job (called by {@link RunJob} on a Quartz job thread). */
    void run(String sweep, String run, boolean recovering) {
        if (stopping) {
            // Fired by a scheduler thread that went past its standby check: leave the run to the others.
            try {
                RunJobs.requeue(scheduler, sweep, run);
            } catch (SchedulerException e) {
                log.event("error", sweep, run, options.name(), "cannot hand back an unstarted run: " + e.getMessage());
            }
            return;
        }
        Optional<Lease> lease;
        RunSpec spec;
        try {
            // The row read here serves the claim and the fit: its spec never changes once stored.
            RunRow row = store.queue().run(sweep, run).orElse(null);
            if (row == null) {
                return;   // pruned meanwhile: nothing to do
            }
            if (Presence.heldByAnotherLiveWorker(store.workers(), row, options.name())) {
                keepWatch(sweep, run, recovering);
                return;
            }
            spec = row.spec();
            lease = store.leases().claim(sweep, run, options.name());
        } catch (RuntimeException e) {
            // The store is unreachable: the run stays queued without a job; the orphan sweep reschedules it.
            log.event("error", sweep, run, options.name(), "cannot claim: " + e.getMessage());
            return;
        }
        if (lease.isEmpty()) {
            return;   // done, failed or cancelled meanwhile: nothing to do
        }
        Lease l = lease.get();
        running.put(Thread.currentThread(), l);
        try {
            log.event(recovering ? "recovered" : "started", sweep, run, options.name(), "attempt=" + l.attempt()
                    + store.queue().request(sweep).map(r -> " request=" + r).orElse(""));
            execute(l, spec);
        } catch (RuntimeException e) {
            log.event("error", sweep, run, options.name(), String.valueOf(e.getMessage()));
            if (l.attempt() >= MAX_ATTEMPTS) {
                // Not the fit (a failing fit is an outcome, not an exception): this worker's side keeps
                // breaking on this run, so stop handing it round the cluster.
                ends.recordGivingUp(l, e);
            } else {
                ends.handBack(l);
            }
        } finally {
            running.remove(Thread.currentThread());
            Thread.interrupted();
        }
    }

    /**
     * Leaves a run to the live worker fitting it, but fires its job again a little later: should that
     * worker die after all, the run is recovered then.
     */
    private void keepWatch(String sweep, String run, boolean recovering) {
        try {
            RunJobs.requeue(scheduler, sweep, run, Presence.ALIVE);
            if (recovering) {
                log.event("still-running", sweep, run, options.name(), "its worker is alive: left to it");
            }
        } catch (SchedulerException e) {
            log.event("error", sweep, run, options.name(), "cannot watch a run another worker holds: " + e.getMessage());
        }
    }

    /** Runs one firing of a schedule (called by {@link ReplanJob}). */
    void replan(String id, Path sweepFile, Scheduler on) {
        try {
            int added = Schedules.replan(db, on, id, sweepFile).size();
            log.event("replanned", id, null, options.name(), sweepFile + ": " + added + " new runs");
        } catch (SchedulerException | RuntimeException e) {
            // A bad edit of the sweep file fails this firing only; the next one reads the file again.
            log.event("error", id, null, options.name(), "re-planning " + sweepFile + ": " + e.getMessage());
        }
    }

    private void execute(Lease lease, RunSpec stored) {
        Path sweepDir = options.cache().resolve(lease.sweep());
        Map<String, String> now = store.files().inputs(lease.sweep());
        InputFiles.Local local = inputs.get(lease.sweep());
        if (local == null || !local.inputs().equals(now)) {
            // New to this worker, or a scheduled sweep whose re-plan stored new or changed input files.
            local = InputFiles.materialise(store.files(), lease.sweep(), options.cache(), now, local);
            inputs.put(lease.sweep(), local);
        }
        RunSpec spec = local.apply(stored);
        SweepDirectory files = new SweepDirectory(sweepDir.resolve("out"));
        RunDirectory.clear(files.dir(spec.id()));
        if (spec.startFrom() != null) {
            AtomicFiles previous = new AtomicFiles();
            store.files().runFiles(lease.sweep(), spec.startFrom())
                    .forEach((name, bytes) -> previous.bytes(files.dir(spec.startFrom()).resolve(name), bytes));
            previous.commit();
        }
        long cpuBefore = HelperCpu.withHelpers();
        RunOutcome outcome = fit(new RunExecutor(files, options.threads(), s -> Checkpointing.NONE,
                s -> CpuBudget.listener(store.queue().cpuLeft(lease.sweep()), cpuBefore)), spec, lease);
        // Whatever the outcome, what follows talks to the store, which an interrupt flag could break.
        Thread.interrupted();
        ends.meter(lease, (HelperCpu.withHelpers() - cpuBefore) / 1e9);
        if (outcome.interrupted()) {
            if (stopping) {
                // SIGTERM: the fit saved a checkpoint on the interrupt; another worker goes on from it.
                ends.handBack(lease);
            } else {
                ends.gone(lease, "fit stopped");
            }
            return;
        }
        // Recorded as the submitter's files and git state, not this worker's cache.
        SortedMap<String, byte[]> result = SubmitterView.files(RunDirectory.files(files.dir(spec.id())), local.root(),
                store.queue().origin(lease.sweep(), lease.run()).orElse(null));
        boolean recorded = outcome.ok() ? store.leases().recordResult(lease, outcome.fom(), result)
                : store.leases().recordFailure(lease, SubmitterView.text(outcome.message(), local.root()), result);
        // The store has the files now (a chained run fetches its predecessor's from there): keep the cache small.
        RunDirectory.remove(files.dir(spec.id()));
        if (spec.startFrom() != null) {
            RunDirectory.remove(files.dir(spec.startFrom()));
        }
        if (!recorded) {
            ends.gone(lease, "result not recorded");
            return;
        }
        log.event(outcome.ok() ? "finished" : "failed", lease.sweep(), lease.run(), options.name(),
                outcome.ok() ? "fom=" + outcome.fom() : outcome.message());
        if (outcome.ok()) {
            ends.scheduleSuccessors(lease);
        }
    }

    /**
     * Runs the fit, checkpointed under the lease ({@link LeaseCheckpoints#forWorker}), and its posterior
     * sampling when the run asks for one, its chain checkpointed under the lease too ({@link LeaseChainLog})
     * as often as the fit (only on SIGTERM when the worker saves no checkpoint by time).
     */
    private RunOutcome fit(RunExecutor executor, RunSpec spec, Lease lease) {
        Duration every = options.checkpointEvery().isZero() ? NEVER : options.checkpointEvery();
        return executor.execute(spec, LeaseCheckpoints.forWorker(store.checkpoints(), lease, options, log),
                sampling -> sampling.withCheckpoints(new LeaseChainLog(store.chainCheckpoints(), lease, log, options.name()))
                        .withCheckpointEvery(every));
    }

    /**
     * Leaves the cluster gracefully: takes no new runs, interrupts the running fits (which checkpoint
     * and go back to the queue), waits for them, shuts the scheduler down.
     */
    public void stop() {
        stop(STOP_GRACE);
    }

    /** {@link #stop()} with {@code grace} for the fits to hand their runs back. */
    void stop(Duration grace) {
        if (stopping) {
            awaitStopped();
            return;
        }
        stopping = true;
        try {
            scheduler.standby();
            running.keySet().forEach(Thread::interrupt);
            // The fits checkpoint at their next generation boundary and hand their runs back, which
            // needs the scheduler still open; only then is it shut down.
            long deadline = System.nanoTime() + grace.toNanos();
            while (!running.isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            if (running.isEmpty()) {
                scheduler.shutdown(true);
            } else {
                log.event("error", null, null, options.name(), "fits still running after " + grace.toSeconds()
                        + " s, left to another worker from their last checkpoint: " + leftRuns());
                scheduler.shutdown(false);
            }
        } catch (SchedulerException e) {
            log.event("error", null, null, options.name(), "scheduler shutdown: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            heartbeat.shutdownNow();
            if (wakeups != null) {
                wakeups.close();
            }
            Presence.leave(store.workers(), options.name());
            log.event("left", null, null, options.name(), null);
            db.close();
            stopped.countDown();
        }
    }

    private String leftRuns() {
        return running.values().stream().map(l -> l.sweep() + "/" + l.run()).sorted().toList().toString();
    }

    /** Blocks until {@link #stop} has finished. */
    public void awaitStopped() {
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        stop();
    }

    /** A default worker name: host and process id. */
    public static String defaultName() {
        return hostName() + "-" + ProcessHandle.current().pid();
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }
}
