package org.evofit.server;

import java.time.Duration;
import java.util.Objects;

/**
 * How {@code evofit serve} takes and runs submissions.
 *
 * @param maxQueued       starts beyond this many submissions waiting for a slot are refused (429, with
 *                        Retry-After) rather than queued without end
 * @param checkpointEvery how often a running fit saves its checkpoint (a fit killed in between repeats
 *                        the generations since)
 */
public record RunOptions(int maxQueued, Duration checkpointEvery) {

    /** The default bound of waiting submissions: far above a lab's use, well below what exhausts the disk. */
    public static final int DEFAULT_MAX_QUEUED = 1000;
    /** The default checkpoint interval, as {@code evofit loop}'s. */
    public static final Duration DEFAULT_CHECKPOINT_EVERY = org.evofit.dispatch.LocalOptions.CHECKPOINT_EVERY;

    /** Checks the values; a wrong one is an IllegalArgumentException naming the option. */
    public RunOptions {
        Objects.requireNonNull(checkpointEvery, "checkpointEvery");
        if (maxQueued < 1) {
            throw new IllegalArgumentException("--max-queued must be at least 1, got " + maxQueued);
        }
        if (checkpointEvery.isNegative() || checkpointEvery.isZero()) {
            throw new IllegalArgumentException("--checkpoint-seconds must be positive, got " + checkpointEvery.toSeconds());
        }
    }

    /** The defaults: {@link #DEFAULT_MAX_QUEUED} and {@link #DEFAULT_CHECKPOINT_EVERY}. */
    public static RunOptions defaults() {
        return new RunOptions(DEFAULT_MAX_QUEUED, DEFAULT_CHECKPOINT_EVERY);
    }
}
