package org.evofit.core.de;

/**
 * Receives the optimizer's checkpoints, on the optimizer's thread. A sink that stores them
 * (a file, a database row) lets a killed fit resume from the last one; see {@link Checkpointing}.
 */
@FunctionalInterface
public interface CheckpointSink {

    /** Keeps the checkpoint; it is not touched by the optimizer afterwards. */
    void save(DeCheckpoint checkpoint);
}
