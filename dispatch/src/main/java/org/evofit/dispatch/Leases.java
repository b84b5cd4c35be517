package org.evofit.dispatch;

import java.util.Map;
import java.util.Optional;

/**
 * Exactly once: {@link #claim} draws a fresh lease token; {@link #recordResult},
 * {@link #recordFailure}, {@link #release} (and {@link CheckpointStore#save}) change the run only
 * when the caller's token is still the run's token and the run is running, in the same transaction
 * that stores the files. A worker whose run was claimed again (recovered) meanwhile records nothing.
 */
public interface Leases {

    /**
     * Claims a queued or running run for {@code worker} with a fresh lease (a running run is claimed
     * again when its worker died and the run is recovered). Empty when the run has ended, was
     * cancelled or does not exist.
     */
    Optional<Lease> claim(String sweep, String run, String worker);

    /**
     * Records the run's result and its files, if {@code lease} is still the run's lease. When the
     * connection is lost after the commit, before its acknowledgement, the retry on a new connection
     * finds the run ended by this lease: that is a result recorded (once), not a lost lease.
     *
     * @return whether it was recorded (false: the lease was lost, nothing changed)
     */
    default boolean recordResult(Lease lease, double fom, Map<String, byte[]> files) {
        return recordResult(lease, fom, files, 0);
    }

    /**
     * Records the run's result as {@link #recordResult(Lease, double, Map)} does and, in the same transaction,
     * adds the attempt's fit's {@code cpuSeconds} to the run's CPU use ({@link RunQueue#addCpu}) — also when
     * the lease was lost: the time was spent either way. A worker meters its fits so, not in a transaction of
     * their own; 0 adds nothing.
     */
    boolean recordResult(Lease lease, double fom, Map<String, byte[]> files, double cpuSeconds);

    /** Records the run's failure and its files (error.txt), if {@code lease} is still the run's lease, as {@link #recordResult} does. */
    default boolean recordFailure(Lease lease, String error, Map<String, byte[]> files) {
        return recordFailure(lease, error, files, 0);
    }

    /** {@link #recordFailure(Lease, String, Map)} with the fit's CPU time added as {@link #recordResult(Lease, double, Map, double)} adds it. */
    boolean recordFailure(Lease lease, String error, Map<String, byte[]> files, double cpuSeconds);

    /**
     * Puts a running run back in the queue (its worker is shutting down), keeping its checkpoint.
     *
     * @return whether the lease was still current
     */
    boolean release(Lease lease);
}
