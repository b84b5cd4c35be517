package org.evofit.core.de;

/**
 * The cost cap of time-triggered checkpoints: a save is allowed while the time spent saving so far,
 * plus an estimate of the coming save's cost, stays within {@code share} of the time since the fit
 * started. Times are nanoseconds from one clock ({@link System#nanoTime()}).
 *
 * <p>A save costs a fixed part (making the checkpoint, the store's round trip and commit: 4-9 ms into
 * SQLite on examples/neutron-film, whatever its size) and a part that grows with the evaluation-log
 * entries it writes, one per evaluation since the save before for an increment. The coming save is
 * estimated as the cheapest save so far plus, per evaluation made since the last save, the largest
 * save's cost above that, per evaluation it held; never below {@link #FLOOR_NANOS_PER_BYTE} per log
 * byte, which is what a save's first large increment is estimated at before any save has shown its
 * cost per evaluation. Taking the last save's cost as the next one's let a 17 kB first save stand for
 * an ~11 MB one on examples/peaks: +6.8 % of a 2 s fit. Taking the first save's cost per evaluation
 * instead (its fixed part spread over a generation's evaluations) held every later save back for good.
 */
final class CheckpointBudget {

    /**
     * The least a save is taken to cost per byte of evaluation log, nanoseconds: whole checkpoints into
     * SQLite cost 3.5-5.1 ns a byte on the 2-core Intel Xeon host (`bench --fit`'s whole rows: 1.3-5.4 GB
     * in 4.7-27 s), so a save's cost is not underestimated by more than about 2x from the first one on.
     */
    static final double FLOOR_NANOS_PER_BYTE = 2;

    private final double share;
    private final long started;
    private final long mostEntries;
    private final double floorPerEvaluation;
    private long spent;
    private long cheapest = -1;
    private long largestCost;
    private long largestCovered;
    private long evaluationsAtLast;

    /**
     * A budget of {@code share} (0: unlimited) of the time since {@code started}, for checkpoints whose
     * evaluation logs hold {@code mostEntries} entries at most (a log is a ring: a save never writes
     * more) of {@code dimension} coordinates and a figure of merit each. Its first save is taken to
     * cover every evaluation so far, a resumed fit's too: an attempt's first save is whole.
     */
    CheckpointBudget(double share, long started, long mostEntries, int dimension) {
        this.share = share;
        this.started = started;
        this.mostEntries = mostEntries;
        this.floorPerEvaluation = FLOOR_NANOS_PER_BYTE * Double.BYTES * (dimension + 1);
    }

    /** Whether a save at {@code now}, after {@code evaluations} evaluations in all, stays within the budget. */
    boolean allows(long now, long evaluations) {
        return share <= 0 || spent + estimate(evaluations) <= share * (now - started);
    }

    /** The coming save's estimated cost, nanoseconds, after {@code evaluations} evaluations in all. */
    double estimate(long evaluations) {
        if (cheapest < 0) {
            return 0;
        }
        double learnt = (double) (largestCost - cheapest) / Math.max(1, largestCovered);
        double perEvaluation = Math.max(floorPerEvaluation, learnt);
        return cheapest + perEvaluation * entriesSince(evaluations);
    }

    /** Counts a save that took {@code nanos} and held the fit's first {@code evaluations} evaluations. */
    void spent(long nanos, long evaluations) {
        spent += nanos;
        long covered = entriesSince(evaluations);
        if (cheapest < 0 || nanos < cheapest) {
            cheapest = nanos;
        }
        if (covered >= largestCovered) {
            largestCovered = covered;
            largestCost = nanos;
        }
        evaluationsAtLast = evaluations;
    }

    /** The log entries an increment saved after {@code evaluations} evaluations in all would hold. */
    private long entriesSince(long evaluations) {
        return Math.min(evaluations - evaluationsAtLast, mostEntries);
    }
}
