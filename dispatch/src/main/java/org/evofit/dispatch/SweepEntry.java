package org.evofit.dispatch;

import java.time.Instant;

/**
 * A sweep as {@code evofit status} lists it.
 *
 * @param id        the sweep id
 * @param source    the file it was submitted from
 * @param submitted when it was stored
 * @param runs      how many runs it has
 */
public record SweepEntry(String id, String source, Instant submitted, int runs) {
}
