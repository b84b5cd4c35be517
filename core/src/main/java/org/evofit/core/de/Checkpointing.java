package org.evofit.core.de;

import java.time.Duration;

/**
 * When differential evolution hands checkpoints to a sink, and which checkpoint it resumes from.
 *
 * <p>A checkpoint is saved at a generation boundary once {@code everyGenerations} generations or
 * the {@code every} interval have passed since the last save (0 or {@code null} switches that
 * trigger off), and always when the optimizer's thread is interrupted: the optimizer then saves the
 * last completed generation and returns {@link DeResult.StopReason#INTERRUPTED}, which is how a
 * worker shuts down gracefully.
 *
 * <pre>{@code
 * Checkpointing c = Checkpointing.every(50, Duration.ofSeconds(30), store::put).withResumeFrom(last);
 * DeResult r = DifferentialEvolution.optimize(objective, settings, listener, c);
 * }</pre>
 *
 * @param sink             where checkpoints go ({@code null}: none are saved)
 * @param everyGenerations save after this many generations (0: no generation trigger)
 * @param every            save after this much wall-clock time ({@code null} or zero: no time trigger)
 * @param resumeFrom       the checkpoint to continue from ({@code null}: start afresh)
 */
public record Checkpointing(CheckpointSink sink, int everyGenerations, Duration every, DeCheckpoint resumeFrom) {

    /** No checkpoints, no resume: the plain optimizer. */
    public static final Checkpointing NONE = new Checkpointing(null, 0, null, null);

    /** Validates the triggers. */
    public Checkpointing {
        if (everyGenerations < 0) {
            throw new IllegalArgumentException("checkpoint generations must not be negative, got "
                    + everyGenerations);
        }
        if (every != null && every.isNegative()) {
            throw new IllegalArgumentException("checkpoint interval must not be negative, got " + every);
        }
    }

    /** Saves to the sink every {@code generations} generations or {@code interval}, whichever comes first. */
    public static Checkpointing every(int generations, Duration interval, CheckpointSink sink) {
        if (sink == null) {
            throw new IllegalArgumentException("a checkpoint sink must be given");
        }
        return new Checkpointing(sink, generations, interval, null);
    }

    /** Saves to the sink only when the thread is interrupted. */
    public static Checkpointing onInterrupt(CheckpointSink sink) {
        return every(0, null, sink);
    }

    /** These triggers, continuing from the checkpoint ({@code null}: start afresh). */
    public Checkpointing withResumeFrom(DeCheckpoint checkpoint) {
        return new Checkpointing(sink, everyGenerations, every, checkpoint);
    }

    /** Whether the time trigger is on. */
    boolean timed() {
        return every != null && !every.isZero();
    }
}
