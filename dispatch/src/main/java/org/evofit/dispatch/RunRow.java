package org.evofit.dispatch;

import java.time.Instant;
import org.evofit.looper.RunSpec;

/**
 * One run as the store holds it.
 *
 * @param sweep       the sweep id
 * @param spec        what to run
 * @param status      where it is
 * @param attempts    how often it was claimed
 * @param worker      the worker that last claimed it, or {@code null}
 * @param queued      when it was queued
 * @param started     when it was last claimed, or {@code null}
 * @param finished    when it ended, or {@code null}
 * @param fom         its figure of merit when done, else NaN
 * @param error       why it failed, or {@code null}
 * @param resumedFrom the checkpoint generation its last attempt resumed from, or {@code null}
 */
public record RunRow(String sweep, RunSpec spec, RunStatus status, int attempts, String worker, Instant queued,
                     Instant started, Instant finished, double fom, String error, Integer resumedFrom) {

    /** The run id. */
    public String id() {
        return spec.id();
    }
}
