package org.evofit.dispatch;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.evofit.looper.SweepDirectory;

/**
 * What a worker does with a run's lease when its attempt ends other than by the fit's own result:
 * hands the run back to the queue, gives up on it, says why the lease is gone, or, after a result,
 * wakes the workers for the runs chained to it; each step in the worker's event log. Every attempt's fit is metered too.
 */
final class LeaseEnds {


    private final Database db;
    private final RunStore store;
    private final EventLog log;
    private final String worker;

    LeaseEnds(Database db, EventLog log, String worker) {
        this.db = db;
        this.store = db.store();
        this.log = log;
        this.worker = worker;
    }

    /**
     * Adds an attempt's CPU time (its fit's threads', as {@code evofit serve}'s own slots meter a fit) to the run's,
     * whatever became of the lease: the time was spent either way. A store that refuses costs the quota that use only.
     */
    void meter(Lease lease, double seconds) {
        try {
            store.queue().addCpu(lease.sweep(), lease.run(), seconds);
        } catch (RuntimeException e) {
            log.event("error", lease.sweep(), lease.run(), worker, "cannot record the fit's CPU time: " + e.getMessage());
        }
    }

    /** Records the run as failed: this worker's side (not the fit) kept breaking on it. */
    void recordGivingUp(Lease lease, RuntimeException e) {
        String message = "gave up after " + lease.attempt() + " attempts: " + e.getMessage();
        try {
            if (store.leases().recordFailure(lease, message, Map.of(SweepDirectory.ERROR_TXT,
                    (message + "\n").getBytes(StandardCharsets.UTF_8)))) {
                log.event("failed", lease.sweep(), lease.run(), worker, message);
            }
        } catch (RuntimeException again) {
            handBack(lease);
        }
    }

    /** Says why the lease is gone, as the run's row tells: cancelled, ended by another attempt, or held by one. */
    void gone(Lease lease, String what) {
        Optional<RunRow> row = store.queue().run(lease.sweep(), lease.run());
        boolean cancelled = row.map(r -> r.status() == RunStatus.CANCELLED).orElse(false);
        String why = row.map(r -> switch (r.status()) {
            case CANCELLED -> "the run was cancelled";
            case RUNNING -> "attempt " + r.attempts() + " (worker " + r.worker() + ") owns the run";
            case QUEUED -> "attempt " + r.attempts() + " (worker " + r.worker() + ") handed the run back to the queue";
            case DONE, FAILED -> "attempt " + r.attempts() + " (worker " + r.worker() + ") recorded the run as " + r.status().word();
        }).orElse("the run is no longer in the store");
        log.event(cancelled ? "cancelled" : "lost-lease", lease.sweep(), lease.run(), worker, what + ": " + why);
    }

    /**
     * Wakes the workers' idle slots: the queued runs that start from the run just recorded can be claimed now
     * (this slot claims again anyway; the others need not wait for their poll).
     */
    void announceSuccessors() {
        Wakeups.notifyWorkers(db.dataSource());
    }

    /** Puts the run back in the queue for another slot, and wakes the workers. */
    void handBack(Lease lease) {
        try {
            if (store.leases().release(lease)) {
                Wakeups.notifyWorkers(db.dataSource());
                log.event("requeued", lease.sweep(), lease.run(), worker, null);
            }
        } catch (RuntimeException e) {
            // The run stays 'running' under this worker with a lease no slot holds: its next hand-back of
            // unheld runs (RunClaims.handBackUnheld) puts it back; if this worker dies first, its runs are
            // claimed again once its heartbeat is stale.
            log.event("error", lease.sweep(), lease.run(), worker, "cannot requeue: " + e.getMessage());
        }
    }
}
