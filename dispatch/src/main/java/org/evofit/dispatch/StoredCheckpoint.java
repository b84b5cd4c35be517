package org.evofit.dispatch;

import java.time.Instant;
import java.util.List;

/**
 * A run's latest optimizer checkpoint as stored: a whole checkpoint and the increments saved after it
 * ({@link org.evofit.core.de.CheckpointChain}), which together give the checkpoint of {@code generation}.
 *
 * @param generation the generation the latest piece was taken after
 * @param bytes      the serialised whole checkpoint
 * @param saved      when the latest piece was saved
 * @param increments the increments after it, oldest first (empty when the whole checkpoint is the latest)
 */
public record StoredCheckpoint(int generation, byte[] bytes, Instant saved, List<byte[]> increments) {

    /** Copies the list. */
    public StoredCheckpoint {
        increments = List.copyOf(increments);
    }

    /** A whole checkpoint with no increments after it. */
    public StoredCheckpoint(int generation, byte[] bytes, Instant saved) {
        this(generation, bytes, saved, List.of());
    }
}
