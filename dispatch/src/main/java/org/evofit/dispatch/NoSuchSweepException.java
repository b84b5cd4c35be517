package org.evofit.dispatch;

import java.util.List;

/** Sweeps asked for by id are not in the run store (a mistake in the ids the user gave). */
public final class NoSuchSweepException extends RuntimeException {

    /** The sweeps missing from the store at {@code where} (its URL). */
    public NoSuchSweepException(List<String> sweeps, String where) {
        super("no sweep " + String.join(", ", sweeps) + " in " + where);
    }
}
