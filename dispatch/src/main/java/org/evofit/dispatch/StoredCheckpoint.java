package org.evofit.dispatch;

import java.time.Instant;

/**
 * A run's latest optimizer checkpoint as stored.
 *
 * @param generation the generation it was taken after
 * @param bytes      the serialised optimizer state
 * @param saved      when it was saved
 */
public record StoredCheckpoint(int generation, byte[] bytes, Instant saved) {
}
