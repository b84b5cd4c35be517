package org.evofit.dispatch;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Stops a worker's fits whose runs were cancelled ({@code evofit cancel}) by interrupting their threads: a fit
 * then saves a checkpoint, which the store refuses (the run holds no lease any more), and ends, and the worker
 * logs the run as cancelled. A fit also learns of a cancel from a refused time-triggered checkpoint, but those
 * wait while saving would exceed the fit's 1 % share ({@code Checkpointing}), which for a fit with a large
 * evaluation log and fast evaluations is the rest of the fit; this watch takes a few seconds whatever the
 * checkpoints do. Only a thread between {@link #fitting} and {@link #done} is interrupted, so the interrupt
 * never reaches the store transactions that record a run's end.
 */
final class CancelWatch {

    private final Map<Thread, Lease> fitting = new ConcurrentHashMap<>();

    /** The calling thread starts fitting the run of {@code lease}. */
    void fitting(Lease lease) {
        fitting.put(Thread.currentThread(), lease);
    }

    /** The calling thread's fit has returned; an interrupt this watch gave it is still to be cleared by the caller. */
    void done() {
        Thread self = Thread.currentThread();
        synchronized (this) {
            fitting.remove(self);
        }
    }

    /** Interrupts every fit whose run the queue says is cancelled. */
    void stopCancelled(RunQueue queue) {
        for (Map.Entry<Thread, Lease> e : fitting.entrySet()) {
            Lease lease = e.getValue();
            boolean cancelled = queue.run(lease.sweep(), lease.run())
                    .map(r -> r.status() == RunStatus.CANCELLED).orElse(false);
            if (cancelled) {
                synchronized (this) {
                    if (fitting.get(e.getKey()) == lease) {
                        e.getKey().interrupt();
                    }
                }
            }
        }
    }
}
