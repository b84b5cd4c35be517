package org.evofit.dispatch;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.evofit.wrapper.sample.ChainLog;
import org.evofit.wrapper.sample.ChainLogStore;
import org.evofit.wrapper.sample.Sampling;

/**
 * A cluster worker's checkpoint of a run's posterior sampling, in the run store under the run's lease
 * rather than in the worker's cache, so that the worker taking the run after a kill goes on from the
 * chain so far instead of sampling it again. Each save, resume and failure is an event in the worker's
 * log. A save refused because the lease is gone (the run was recovered by another worker, or
 * cancelled) stops the sampling: its result could not be recorded.
 */
final class LeaseChainLog implements ChainLogStore {

    private final ChainCheckpointStore store;
    private final Lease lease;
    private final EventLog log;
    private final String worker;

    LeaseChainLog(ChainCheckpointStore store, Lease lease, EventLog log, String worker) {
        this.store = store;
        this.lease = lease;
        this.log = log;
        this.worker = worker;
    }

    /** The saved log; a damaged one costs the steps it held, not the run: the sampling starts afresh. */
    @Override
    public ChainLog read(int capacity) {
        // A first attempt cannot have left a checkpoint: spare the store the question.
        Optional<byte[]> saved = lease.attempt() == 1 ? Optional.empty() : store.latest(lease.sweep(), lease.run());
        if (saved.isEmpty()) {
            return null;
        }
        try {
            return ChainLog.read(saved.get(), capacity, Path.of(lease.sweep(), lease.run(), Sampling.CHECKPOINT));
        } catch (RuntimeException e) {
            event("error", "chain checkpoint unusable, sampling afresh: " + e.getMessage());
            return null;
        }
    }

    @Override
    public void resumed(int step) {
        event("sample-resumed", "step=" + step);
    }

    @Override
    public boolean replace(int rows, byte[] log) {
        return saved(rows, () -> store.replace(lease, rows, log));
    }

    @Override
    public boolean append(long at, int rows, byte[] records) {
        return saved(rows, () -> store.append(lease, rows, records));
    }

    /** Nothing to remove: the run's checkpoints go with its result when it is recorded. */
    @Override
    public void discard() {
    }

    private boolean saved(int rows, BooleanSupplier save) {
        // The checkpoint saved on an interrupt (SIGTERM) is saved with the flag set; a connection pool
        // waiting for a connection would give up at once on it, so it is lifted meanwhile.
        boolean interrupted = Thread.interrupted();
        try {
            if (save.getAsBoolean()) {
                event("sample-checkpoint", "step=" + (rows - 1));
                return true;
            }
            interrupted = true;
            return false;
        } catch (StoreException e) {
            event("error", "chain checkpoint not saved, the sampling goes on: " + e.getMessage());
            return false;
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void event(String event, String detail) {
        log.event(event, lease.sweep(), lease.run(), worker, detail);
    }
}
