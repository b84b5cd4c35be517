package org.evofit.dispatch;

import java.util.Locale;

/** Where a run is in its life: queued until claimed, running while a worker holds its lease, then ended. */
public enum RunStatus {
    /** Waiting for a worker (or for the run it starts from). */
    QUEUED,
    /** A worker holds its lease. */
    RUNNING,
    /** Its result is recorded. */
    DONE,
    /** It ended with an error, recorded. */
    FAILED,
    /** Cancelled before it ended. */
    CANCELLED;

    /** The word stored in the database. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The status stored as {@code word}. */
    public static RunStatus of(String word) {
        return valueOf(word.toUpperCase(Locale.ROOT));
    }
}
