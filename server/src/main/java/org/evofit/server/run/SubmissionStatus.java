package org.evofit.server.run;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * Where a submission is. It has one spelling everywhere (pages, JSON, events, submission.json): its
 * {@link #label()}, in lower case.
 */
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
    CANCELLED,
    /**
     * Ended early: a fit used its account's CPU budget (the quota cpu-seconds-per-day) and stopped at a generation
     * boundary, its best so far written as a result; the message says which budget ({@code CPU budget of N s reached}).
     */
    STOPPED;

    /** Whether the submission is over (nothing more will run). */
    public boolean ended() {
        return this == SUCCEEDED || this == FAILED || this == CANCELLED || this == STOPPED;
    }

    /** The status as the service writes it: {@code queued}, {@code running}, ... */
    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The status written as {@code text}; upper case is read too, because services before the one
     * spelling kept their submission.json files that way and those must still resume.
     */
    @JsonCreator
    public static SubmissionStatus of(String text) {
        return valueOf(text.toUpperCase(Locale.ROOT));
    }
}
