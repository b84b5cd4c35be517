package org.evofit.dispatch;

import java.time.Duration;
import org.evofit.core.de.Checkpointing;
import org.evofit.looper.LocalDispatcher;

/**
 * How a sweep runs on this machine.
 *
 * @param jobs            fits run at the same time
 * @param threads         threads per fit (never changes a result)
 * @param checkpointEvery how often a running fit's state is saved into the sweep's store (zero: never)
 * @param checkpointShare the largest share of a fit's time its checkpoints may take (0: no cap; see
 *                        {@link Checkpointing#costShare()})
 */
public record LocalOptions(int jobs, int threads, Duration checkpointEvery, double checkpointShare) {

    /** The default time between checkpoints. */
    public static final Duration CHECKPOINT_EVERY = Duration.ofSeconds(10);

    /** Checks the values. */
    public LocalOptions {
        if (jobs < 1 || threads < 1) {
            throw new IllegalArgumentException("jobs and threads must be at least 1, got " + jobs + " and " + threads);
        }
        if (checkpointEvery.isNegative()) {
            throw new IllegalArgumentException("the checkpoint interval must not be negative, got " + checkpointEvery);
        }
        if (!(checkpointShare >= 0 && checkpointShare <= 1)) {
            throw new IllegalArgumentException("the checkpoints' share of a fit's time must be in [0, 1], got "
                    + checkpointShare);
        }
    }

    /** These options with checkpoints capped at the default share of a fit's time ({@link Checkpointing#COST_SHARE}). */
    public LocalOptions(int jobs, int threads, Duration checkpointEvery) {
        this(jobs, threads, checkpointEvery, Checkpointing.COST_SHARE);
    }

    /**
     * Options for this machine's cores.
     *
     * @param jobs    fits at the same time, or {@code null} for one per core
     * @param threads threads per fit, or {@code null} for cores / jobs (at least 1), so the two do not oversubscribe the cores
     */
    public static LocalOptions forThisMachine(Integer jobs, Integer threads, Duration checkpointEvery) {
        int cores = Runtime.getRuntime().availableProcessors();
        int jobCount = jobs != null ? jobs : cores;
        return new LocalOptions(jobCount, threads != null ? threads : LocalDispatcher.threadsPerFit(jobCount, cores),
                checkpointEvery);
    }
}
