package org.evofit.core.de;

/**
 * The cost cap of time-triggered checkpoints: a save is allowed while the time spent saving so far,
 * plus the last save's cost as the estimate of the coming one, stays within {@code share} of the
 * time since the fit started. Times are nanoseconds from one clock ({@link System#nanoTime()}).
 */
final class CheckpointBudget {

    private final double share;
    private final long started;
    private long spent;
    private long last;

    /** A budget of {@code share} (0: unlimited) of the time since {@code started}. */
    CheckpointBudget(double share, long started) {
        this.share = share;
        this.started = started;
    }

    /** Whether a save at {@code now} stays within the budget. */
    boolean allows(long now) {
        return share <= 0 || spent + last <= share * (now - started);
    }

    /** Counts a save that took {@code nanos}. */
    void spent(long nanos) {
        spent += nanos;
        last = nanos;
    }
}
