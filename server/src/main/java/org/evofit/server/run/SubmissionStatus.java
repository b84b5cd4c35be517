package org.evofit.server.run;

/** Where a submission is. */
public enum SubmissionStatus {
    /** Waiting for a free slot (also after a restart, until it resumes). */
    QUEUED,
    /** Fitting. */
    RUNNING,
    /** Every run finished with a result. */
    SUCCEEDED,
    /** Finished, and at least one run failed (its error.txt says why). */
    FAILED,
    /** Stopped by a user; its checkpoints are kept. */
    CANCELLED;

    /** Whether the submission is over (nothing more will run). */
    public boolean ended() {
        return this == SUCCEEDED || this == FAILED || this == CANCELLED;
    }
}
