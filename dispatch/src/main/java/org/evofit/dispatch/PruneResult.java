package org.evofit.dispatch;

import java.util.List;
import java.util.Map;

/**
 * What a {@link PruneRequest} came to.
 *
 * @param outcome     how it ended
 * @param sweeps      the sweeps pruned (or, in a dry run, that would be), with what went
 * @param active      for {@link Outcome#REFUSED}: the sweeps with queued or running runs, with how many
 * @param interrupted for {@link Outcome#INTERRUPTED}: why the sweep after {@code sweeps} was not pruned
 */
public record PruneResult(Outcome outcome, List<PrunedSweep> sweeps, Map<String, Integer> active, String interrupted) {

    /** How a prune ended. */
    public enum Outcome {
        /** No sweep finished before the cutoff: nothing to do. */
        NONE_FINISHED,
        /** Some chosen sweeps still have queued or running runs and there was no force: nothing was deleted. */
        REFUSED,
        /** Nothing was deleted; {@code sweeps} is what would have been. */
        DRY_RUN,
        /** Every chosen sweep was deleted. */
        PRUNED,
        /** A run was queued again between the check and the delete: the sweeps before it are gone. */
        INTERRUPTED
    }
}
