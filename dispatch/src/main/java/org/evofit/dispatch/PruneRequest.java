package org.evofit.dispatch;

import java.time.Instant;
import java.util.List;

/**
 * Which sweeps to prune and how: the sweeps named, or every sweep finished before a cutoff.
 *
 * @param sweeps         sweep ids (each pruned once, all must exist), or empty with {@code finishedBefore}
 * @param finishedBefore the cutoff (see {@link Pruner#finishedBefore}), or {@code null} with {@code sweeps}
 * @param dryRun         delete nothing, only report what would go
 * @param force          cancel a sweep's queued and running runs first instead of refusing it
 */
public record PruneRequest(List<String> sweeps, Instant finishedBefore, boolean dryRun, boolean force) {

    /** Checks that exactly one of the sweeps and the cutoff is given. */
    public PruneRequest {
        sweeps = List.copyOf(sweeps);
        if (sweeps.isEmpty() == (finishedBefore == null)) {
            throw new IllegalArgumentException("name sweep ids or give a cutoff, not both and not neither");
        }
    }
}
