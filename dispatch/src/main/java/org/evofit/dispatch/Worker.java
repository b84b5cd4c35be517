package org.evofit.dispatch;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.evofit.looper.LogContext;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;

/**
 * One member of the cluster ({@code evofit worker}): {@code slots} slot threads ({@link Slots}) that each claim
 * the next run straight from the run store ({@link RunClaims}), materialise the sweep's input files, fit
 * (resuming from the run's checkpoint when there is one), record the result files under the lease and, in the same
 * transaction, claim the next run. Beside them a Quartz scheduler with one thread fires the schedules' re-planning ({@link ReplanJob});
 * runs have no Quartz jobs.
 *
 * <p>{@link #stop} is the graceful shutdown (SIGTERM): the slots claim no more runs, running fits are
 * interrupted, checkpoint and are handed back to the queue, then the scheduler shuts down.
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

    /** How often the worker hands back runs under its name that no slot of it holds ({@link RunClaims#handBackUnheld}). */
    static final Duration HAND_BACK_EVERY = Duration.ofSeconds(2);

    private final Database db;
    private final RunStore store;
    private final WorkerOptions options;
    private final EventLog log;
    private final Scheduler scheduler;
    private final LeaseEnds ends;
    private final RunAttempts attempts;
    private final RunClaims claims;
    private final Slots slots;
    private final String host;
    private final Instant started = Instant.now();
    private final Map<Thread, Lease> running = new ConcurrentHashMap<>();
    private final CancelWatch cancels = new CancelWatch();
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
        this.scheduler = QuartzCluster.worker(db.dataSource());
        this.scheduler.setJobFactory((bundle, s) -> new ReplanJob(this));
        this.ends = new LeaseEnds(db, log, options.name());
        JdbcAccess access = new JdbcAccess(db.dataSource(), Clock.systemUTC());
        this.claims = new RunClaims(access, options.name(), started);
        this.attempts = new RunAttempts(store, new JdbcLeases(access), claims, options, log, ends, () -> stopping,
                cancels);
        this.slots = new Slots(options.slots(), claims::nextClaim, this::run, log, options.name());
        // Two threads: a hand-back waiting for the claims under way, or retrying on a lost connection, never
        // delays the heartbeat, whose age tells the other workers whether to take this one's runs over.
        this.heartbeat = Executors.newScheduledThreadPool(2, r -> {
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
        int left = QuartzCluster.deleteRunJobs(scheduler);
        if (left > 0) {
            log.event("error", null, null, options.name(), "deleted " + left + " run jobs an older worker left in "
                    + "Quartz's tables: the slots claim runs from the store");
        }
        heartbeat.scheduleWithFixedDelay(this::handBackUnheld, HAND_BACK_EVERY.toMillis(), HAND_BACK_EVERY.toMillis(),
                TimeUnit.MILLISECONDS);
        heartbeat.scheduleWithFixedDelay(this::stopCancelled, HAND_BACK_EVERY.toMillis(), HAND_BACK_EVERY.toMillis(),
                TimeUnit.MILLISECONDS);
        wakeups = Wakeups.listen(config, slots::wake);
        scheduler.start();
        slots.start();
        log.event("joined", null, null, options.name(), "host=" + host + " slots=" + options.slots()
                + " threads=" + options.threads());
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
     * Puts back in the queue the runs under this worker's name that none of its slots holds (a claim whose
     * acknowledgement was lost, a hand-back that failed, a predecessor's), so that another slot takes them.
     */
    private void handBackUnheld() {
        try {
            for (RunClaims.HandedBack back : claims.handBackUnheld()) {
                log.event("requeued", back.sweep(), back.run(), options.name(), "held by no slot of this worker");
            }
        } catch (RuntimeException e) {
            log.event("error", null, null, options.name(), "handing back unheld runs: " + e.getMessage());
        }
    }

    /** Interrupts the fits whose runs were cancelled ({@link CancelWatch}). */
    private void stopCancelled() {
        try {
            cancels.stopCancelled(store.queue());
        } catch (RuntimeException e) {
            log.event("error", null, null, options.name(), "looking for cancelled runs: " + e.getMessage());
        }
    }

    /** This worker's name. */
    public String name() {
        return options.name();
    }

    /**
     * Runs one claimed run on a slot thread, ending the claim whatever becomes of it.
     *
     * @return the slot's next run, claimed as this one's end was recorded; empty when none was
     */
    private Optional<RunClaims.Claimed> run(RunClaims.Claimed claimed) {
        Lease l = claimed.lease();
        String sweep = l.sweep();
        String run = l.run();
        running.put(Thread.currentThread(), l);
        try (LogContext logged = LogContext.of(sweep, run)) {
            if (stopping) {
                // Claimed as the worker began to stop: leave it to the others.
                ends.handBack(l);
                return Optional.empty();
            }
            RunStart start = claimed.start().start();
            log.event(claimed.recovering() ? "recovered" : "started", sweep, run, options.name(), "attempt=" + l.attempt()
                    + (start.request() == null ? "" : " request=" + start.request()));
            return attempts.run(l, claimed.start().spec(), start);
        } catch (RuntimeException e) {
            log.event("error", sweep, run, options.name(), String.valueOf(e.getMessage()));
            if (l.attempt() >= MAX_ATTEMPTS) {
                // Not the fit (a failing fit is an outcome, not an exception): this worker's side keeps
                // breaking on this run, so stop handing it round the cluster.
                ends.recordGivingUp(l, e);
            } else {
                ends.handBack(l);
            }
            return Optional.empty();
        } finally {
            running.remove(Thread.currentThread());
            claims.ended(l);
            Thread.interrupted();
        }
    }

    /** Runs one firing of a schedule (called by {@link ReplanJob}). */
    void replan(String id, Path sweepFile) {
        try {
            int added = Schedules.replan(db, id, sweepFile).size();
            log.event("replanned", id, null, options.name(), sweepFile + ": " + added + " new runs");
        } catch (RuntimeException e) {
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
            slots.stop();
            scheduler.standby();
            running.keySet().forEach(Thread::interrupt);
            // The fits checkpoint at their next generation boundary and hand their runs back; a slot that
            // claimed as this began hands its run back unstarted.
            if (slots.awaitEnded(System.nanoTime() + grace.toNanos())) {
                scheduler.shutdown(true);
            } else {
                log.event("error", null, null, options.name(), leftBehind(grace, running.values(), claims.held()));
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

    /**
     * What a stop whose grace ended with slots still busy leaves to the other workers: the {@code fits} still running,
     * taken up from their last checkpoint, and the runs {@code held} but not among them, claimed by a slot that has
     * not started their fit (it hands them back unstarted, or another worker recovers them).
     */
    static String leftBehind(Duration grace, Collection<Lease> fits, Collection<Lease> held) {
        Set<String> fitting = fits.stream().map(Lease::token).collect(Collectors.toSet());
        List<Lease> unstarted = held.stream().filter(l -> !fitting.contains(l.token())).toList();
        List<String> parts = new ArrayList<>();
        if (!fits.isEmpty()) {
            parts.add("fits still running after " + grace.toSeconds() + " s, left to another worker from their last "
                    + "checkpoint: " + names(fits));
        }
        if (!unstarted.isEmpty()) {
            parts.add("runs claimed but not started after " + grace.toSeconds() + " s, left to another worker: "
                    + names(unstarted));
        }
        return parts.isEmpty() ? "slots still busy after " + grace.toSeconds() + " s, holding no run"
                : String.join("; ", parts);
    }

    private static String names(Collection<Lease> leases) {
        return leases.stream().map(l -> l.sweep() + "/" + l.run()).sorted().toList().toString();
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
