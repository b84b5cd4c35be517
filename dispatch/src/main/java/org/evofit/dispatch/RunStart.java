package org.evofit.dispatch;

import java.util.Map;
import java.util.Optional;
import org.evofit.wrapper.provenance.RepositoryState;

/**
 * What a worker needs from the store to fit a run it has claimed, read in one query ({@link RunQueue#start}):
 * everything that may change between two runs of a sweep (its CPU use, a re-plan's input files) or differs
 * per run (the origin) is read afresh for every attempt.
 *
 * @param request the correlation id of the request that submitted the sweep, or {@code null}
 * @param cpuLeft the CPU seconds the sweep's fits may still use; empty: no bound
 * @param origin  the git state of the run's model file where the run was planned, or {@code null}
 * @param inputs  the sweep's input files as the store has them now: original absolute path to content hash
 * @param chained whether any run of the sweep starts from another's result: only then can a run have successors
 *                to schedule when it is done, so a sweep without chains spares the store that read
 * @param shownAs the names the run gives the sweep's input files in what it writes, by original absolute path
 *                ({@link FileStore#shownAs}; evofit serve's: as uploaded); a file left out is named by its path
 */
public record RunStart(String request, Optional<Double> cpuLeft, RepositoryState origin, Map<String, String> inputs,
                       boolean chained, Map<String, String> shownAs) {

    /** Copies the maps. */
    public RunStart {
        inputs = Map.copyOf(inputs);
        shownAs = Map.copyOf(shownAs);
    }
}
