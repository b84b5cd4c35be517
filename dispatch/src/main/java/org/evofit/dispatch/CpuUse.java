package org.evofit.dispatch;

import java.time.Instant;

/**
 * The CPU time one run's fit used on the workers, as the run store has it.
 *
 * @param at      when its last attempt's use was added
 * @param seconds CPU seconds of its fits' threads, every attempt's summed
 */
public record CpuUse(Instant at, double seconds) {
}
