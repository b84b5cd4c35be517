package org.evofit.dispatch;

import java.util.Optional;

/**
 * Each run's latest optimizer checkpoint, saved under the run's lease, so a recovered or resumed run goes
 * on from it: a whole checkpoint and the increments appended after it.
 */
public interface CheckpointStore {

    /**
     * Replaces the run's checkpoint (and the increments after it) with a whole one, if {@code lease} is
     * still the run's lease.
     *
     * @return whether it was saved
     */
    boolean save(Lease lease, int generation, byte[] bytes);

    /**
     * Appends an increment to the run's checkpoint, if {@code lease} is still the run's lease. Appending
     * the same generation again (a retry after a lost acknowledgement) stores it once.
     *
     * @return whether it was saved
     * @throws StoreException when the run has no whole checkpoint to append to
     */
    boolean append(Lease lease, int generation, byte[] increment);

    /** The run's latest checkpoint. */
    Optional<StoredCheckpoint> latest(String sweep, String run);

    /** Notes in the run's row the checkpoint generation its current attempt resumed from. */
    boolean markResumed(Lease lease, int generation);
}
