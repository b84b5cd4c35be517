package org.evofit.looper;

/**
 * What a sweep run did.
 *
 * @param total     runs in the plan
 * @param skipped   runs already done before this call (resumed)
 * @param succeeded runs done now, skipped ones included
 * @param failed    runs that failed in this call
 */
public record LoopReport(int total, int skipped, int succeeded, int failed) {

    /** Whether every run of the plan has its result. */
    public boolean allSucceeded() {
        return succeeded == total;
    }
}
