package org.evofit.wrapper.io;

import java.time.Instant;

/**
 * Facts about a run that are not part of its result: which evofit ran it and when.
 *
 * @param evofitVersion version of the evofit build
 * @param started       when fitting started
 * @param finished      when it ended
 */
public record RunInfo(String evofitVersion, Instant started, Instant finished) {
}
