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
 * <p>The time trigger has a cost cap: a save it triggers waits (generation after generation) while
 * the time spent checkpointing, with the coming save's cost estimated as a fixed part and a part per
 * evaluation made since the last save (an increment carries their log entries; see
 * {@code CheckpointBudget}), would exceed {@code costShare} of the time since the fit started, so
 * checkpoints never take more than about that share of a fit however fast its generations
 * ({@link #COST_SHARE}: 1 %). A generation
 * count is kept exactly: it is what was asked for.
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
 * @param costShare        the largest share of the fit's time that time-triggered saves may take, in
 *                         [0, 1] (0: no cap)
 */
public record Checkpointing(CheckpointSink sink, int everyGenerations, Duration every, DeCheckpoint resumeFrom,
                            double costShare) {

    /** The default cost cap of the time trigger: checkpoints take at most 1 % of a fit's time. */
    public static final double COST_SHARE = 0.01;

    /** No checkpoints, no resume: the plain optimizer. */
    public static final Checkpointing NONE = new Checkpointing(null, 0, null, null, COST_SHARE);

    /** Validates the triggers. */
    public Checkpointing {
        if (everyGenerations < 0) {
            throw new IllegalArgumentException("checkpoint generations must not be negative, got "
                    + everyGenerations);
        }
        if (every != null && every.isNegative()) {
            throw new IllegalArgumentException("checkpoint interval must not be negative, got " + every);
        }
        if (!(costShare >= 0 && costShare <= 1)) {
            throw new IllegalArgumentException("the checkpoints' share of a fit's time must be in [0, 1], got "
                    + costShare);
        }
    }

    /** Saves to the sink every {@code generations} generations or {@code interval}, whichever comes first. */
    public static Checkpointing every(int generations, Duration interval, CheckpointSink sink) {
        if (sink == null) {
            throw new IllegalArgumentException("a checkpoint sink must be given");
        }
        return new Checkpointing(sink, generations, interval, null, COST_SHARE);
    }

    /** Saves to the sink only when the thread is interrupted. */
    public static Checkpointing onInterrupt(CheckpointSink sink) {
        return every(0, null, sink);
    }

    /** These triggers, continuing from the checkpoint ({@code null}: start afresh). */
    public Checkpointing withResumeFrom(DeCheckpoint checkpoint) {
        return new Checkpointing(sink, everyGenerations, every, checkpoint, costShare);
    }

    /** These triggers with the time trigger's cost capped at {@code share} of the fit's time (0: no cap). */
    public Checkpointing withCostShare(double share) {
        return new Checkpointing(sink, everyGenerations, every, resumeFrom, share);
    }

    /** Whether the time trigger is on. */
    boolean timed() {
        return every != null && !every.isZero();
    }
}
