package org.evofit.core.de;

/**
 * The cost cap of time-triggered checkpoints: a save is allowed while the time spent saving so far,
 * plus an estimate of the coming save's cost, stays within {@code share} of the time since the fit
 * started. Times are nanoseconds from one clock ({@link System#nanoTime()}).
 *
 * <p>A save's bytes, and so its cost, are mostly the evaluation-log entries it writes: an increment
 * carries those appended since the save before, one per evaluation. So the coming save is estimated
 * at the last save's cost per evaluation it covered, times the evaluations made since, and never
 * below the last save's cost (what a save costs whatever its size). Taking the last cost as it was
 * let a 17 kB first save stand for an ~11 MB increment on examples/peaks: +6.8 % of a 2 s fit. A
 * chain's new whole checkpoint ({@link CheckpointChain}) writes more than this estimate; it comes
 * only once the increments since the last whole one outweigh it, so at most once per doubling.
 */
final class CheckpointBudget {

    private final double share;
    private final long started;
    private final long mostEntries;
    private long spent;
    private long lastCost;
    private long lastCovered;
    private long evaluationsAtLast;

    /**
     * A budget of {@code share} (0: unlimited) of the time since {@code started}, for checkpoints whose
     * evaluation logs hold {@code mostEntries} entries at most (a log is a ring: a save never writes
     * more). Its first save is taken to cover every evaluation so far, a resumed fit's too: an
     * attempt's first save is whole.
     */
    CheckpointBudget(double share, long started, long mostEntries) {
        this.share = share;
        this.started = started;
        this.mostEntries = mostEntries;
    }

    /** Whether a save at {@code now}, after {@code evaluations} evaluations in all, stays within the budget. */
    boolean allows(long now, long evaluations) {
        return share <= 0 || spent + estimate(evaluations) <= share * (now - started);
    }

    /** The coming save's estimated cost, nanoseconds, after {@code evaluations} evaluations in all. */
    double estimate(long evaluations) {
        double growth = (double) Math.min(evaluations - evaluationsAtLast, mostEntries)
                / Math.max(1, Math.min(lastCovered, mostEntries));
        return lastCost * Math.max(1, growth);
    }

    /** Counts a save that took {@code nanos} and held the fit's first {@code evaluations} evaluations. */
    void spent(long nanos, long evaluations) {
        spent += nanos;
        lastCost = nanos;
        lastCovered = evaluations - evaluationsAtLast;
        evaluationsAtLast = evaluations;
    }
}
