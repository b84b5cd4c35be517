package org.evofit.looper;

import java.util.Locale;
import org.evofit.wrapper.doc.ModelFileException;

/**
 * How many runs a sweep plans, counted from its lists before any run is built, and the cap on it: a
 * grid of three 100-value axes is a million fits, which should be asked for, not started by a typo.
 */
public final class RunCount {

    /** The runs a sweep may plan unless the caller allows more. */
    public static final long DEFAULT_MAX = 10_000;

    private RunCount() {
    }

    /**
     * The runs the sweep plans: models x data files (or sequence entries) x start-value combinations x
     * seeds. Runs with identical inputs count once each here; they run once.
     */
    public static double planned(Sweep sweep) {
        double combinations = 1;
        if (sweep.zip()) {
            combinations = sweep.axes().isEmpty() ? 1 : sweep.axes().get(0).values().size();
        } else {
            for (Axis a : sweep.axes()) {
                combinations *= a.values().size();
            }
        }
        double files = sweep.sequence() != null ? sweep.sequence().entries().size() : sweep.dataRuns();
        return sweep.models().size() * files * combinations * Math.max(1, sweep.seeds().size());
    }

    /**
     * Refuses a sweep that plans more than {@code max} runs, before anything is loaded or run.
     *
     * @throws ModelFileException naming the sweep file, the count and how to allow it
     */
    public static void check(Sweep sweep, long max) {
        double planned = planned(sweep);
        if (planned > max) {
            throw ModelFileException.ofFile(sweep.file().toString(), String.format(Locale.ROOT,
                    "the sweep plans %,.0f runs (%d models x %d data files x %s start values x %d seeds), more than"
                            + " the %,d allowed; give --max-runs %.0f to run them all", planned, sweep.models().size(),
                    sweep.dataRuns(), combinationsText(sweep), Math.max(1, sweep.seeds().size()), max,
                    planned));
        }
    }

    private static String combinationsText(Sweep sweep) {
        if (sweep.axes().isEmpty()) {
            return "1";
        }
        if (sweep.zip()) {
            return Integer.toString(sweep.axes().get(0).values().size());
        }
        return String.join(" x ", sweep.axes().stream().map(a -> Integer.toString(a.values().size())).toList());
    }
}
