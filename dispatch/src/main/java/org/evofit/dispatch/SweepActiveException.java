package org.evofit.dispatch;

/** A sweep still has queued or running runs, so it is not pruned (cancel it first). */
public final class SweepActiveException extends RuntimeException {

    private final String sweep;

    /** The sweep and how many of its runs are queued or running. */
    public SweepActiveException(String sweep, int active) {
        super("sweep " + sweep + " has " + active + " queued or running runs");
        this.sweep = sweep;
    }

    /** The sweep refused. */
    public String sweep() {
        return sweep;
    }
}
