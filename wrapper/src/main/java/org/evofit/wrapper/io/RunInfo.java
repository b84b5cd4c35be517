package org.evofit.wrapper.io;

import java.time.Instant;
import org.evofit.wrapper.provenance.Provenance;

/**
 * Facts about a run that are not part of its result: which evofit ran it, when, and on what.
 *
 * @param evofitVersion version of the evofit build
 * @param started       when fitting started
 * @param finished      when it ended
 * @param provenance    build, model file and platform of the run; null when not gathered (result.json
 *                      then gathers it from the model's file when written)
 */
public record RunInfo(String evofitVersion, Instant started, Instant finished, Provenance provenance) {

    /** A run without gathered provenance. */
    public RunInfo(String evofitVersion, Instant started, Instant finished) {
        this(evofitVersion, started, finished, null);
    }
}
