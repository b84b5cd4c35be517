package org.evofit.dispatch;

import java.util.Optional;

/**
 * Each sampling run's checkpoint, the sampler's chain so far as an append-only log
 * ({@link org.evofit.wrapper.sample.ChainLog}), saved under the run's lease so that whichever worker
 * takes the run next goes on from it: a whole log and the pieces appended after it.
 */
public interface ChainCheckpointStore {

    /**
     * Replaces the run's log (and every piece appended to it) with a whole one holding the chain's first
     * {@code rows} rows, if {@code lease} is still the run's lease.
     *
     * @return whether it was saved
     */
    boolean replace(Lease lease, int rows, byte[] log);

    /**
     * Appends the records of the rows up to {@code rows} to the run's log, if {@code lease} is still
     * the run's lease. Appending the same rows again (a retry after a lost acknowledgement) stores them once.
     *
     * @return whether it was saved
     * @throws StoreException when the run has no whole log to append to
     */
    boolean append(Lease lease, int rows, byte[] records);

    /** The run's log: the whole one and the pieces after it, joined; empty when it has none. */
    Optional<byte[]> latest(String sweep, String run);
}
