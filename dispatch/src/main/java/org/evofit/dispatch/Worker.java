package org.evofit.dispatch;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.evofit.looper.RunSpec;
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

    private final Database db;
    private final RunStore store;
    private final WorkerOptions options;
    private final EventLog log;
    private final Scheduler scheduler;
    private final LeaseEnds ends;
    private final RunAttempts attempts;
    private final String host;
    private final Instant started = Instant.now();
    private final Map<Thread, Lease> running = new ConcurrentHashMap<>();
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
        this.attempts = new RunAttempts(store, options, log, ends, () -> stopping);
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
            Optional<RunStart> start = store.queue().start(sweep, run);
            if (start.isEmpty()) {
                ends.gone(l, "cannot start");
                return;
            }
            log.event(recovering ? "recovered" : "started", sweep, run, options.name(), "attempt=" + l.attempt()
                    + (start.get().request() == null ? "" : " request=" + start.get().request()));
            attempts.run(l, spec, start.get());
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
