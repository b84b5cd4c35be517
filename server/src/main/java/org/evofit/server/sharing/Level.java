package org.evofit.server.sharing;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** How much of a project a requester may do, each level including the ones before it. */
public enum Level {
    /** Nothing: the project is answered as if it did not exist. */
    NONE,
    /** See its pages, files, runs and results; clone it. */
    READ,
    /** Also upload, edit and start or cancel runs. */
    WRITE,
    /** Also share it (its owner, and admins). */
    OWN;

    /** Whether this level includes {@code other}. */
    public boolean atLeast(Level other) {
        return compareTo(other) >= 0;
    }

    /** The level's name as typed and stored ({@code read}). */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** A level a project may be shared at: {@code read}, {@code write} or {@code none} (to stop sharing). */
    static Level shareable(String key) {
        for (Level level : new Level[] {NONE, READ, WRITE}) {
            if (level.key().equals(key)) {
                return level;
            }
        }
        throw new IllegalArgumentException("access '" + key + "' is not one a project is shared at: expected "
                + Arrays.stream(new Level[] {READ, WRITE, NONE}).map(Level::key).collect(Collectors.joining(", ")));
    }
}
