package org.evofit.dispatch;

import java.util.Optional;

/** Each run's latest optimizer checkpoint, saved under the run's lease, so a recovered or resumed run goes on from it. */
public interface CheckpointStore {

    /**
     * Replaces the run's checkpoint, if {@code lease} is still the run's lease.
     *
     * @return whether it was saved
     */
    boolean save(Lease lease, int generation, byte[] bytes);

    /** The run's latest checkpoint. */
    Optional<StoredCheckpoint> latest(String sweep, String run);

    /** Notes in the run's row the checkpoint generation its current attempt resumed from. */
    boolean markResumed(Lease lease, int generation);
}
