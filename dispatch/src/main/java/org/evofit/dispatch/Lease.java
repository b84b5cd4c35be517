package org.evofit.dispatch;

/**
 * The right to record one run's outcome: claiming a run draws a fresh token, and only the holder of
 * the run's current token can store a checkpoint, a result or a failure. A worker whose run was
 * recovered by another holds a stale token and records nothing.
 *
 * @param sweep   the sweep id
 * @param run     the run id
 * @param token   the lease token
 * @param worker  the worker holding it
 * @param attempt which attempt this is (1 for the first claim)
 */
public record Lease(String sweep, String run, String token, String worker, int attempt) {
}
