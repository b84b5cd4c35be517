package org.evofit.dispatch;

/**
 * The class of a sweep's runs in the workers' queue: a waiting run of a higher class starts before every
 * waiting run of a lower one, whenever each was submitted; within a class, the runs start in the order they
 * became due. A running fit is never stopped for a higher one.
 */
public enum RunPriority {
    /** Runs of the command line and of {@code evofit serve}'s members and admins. */
    NORMAL(0),
    /** Runs of {@code evofit serve}'s guests: they start only when no other run waits. */
    LOW(-1);

    private final int rank;

    RunPriority(int rank) {
        this.rank = rank;
    }

    /** Its value in the run store's {@code sweeps.priority} (higher starts first). */
    int rank() {
        return rank;
    }
}
