package org.evofit.looper;

/**
 * How one run ended.
 *
 * @param spec    the run
 * @param ok      whether it wrote its result files
 * @param fom     its figure of merit (NaN when failed)
 * @param message why it failed ({@code null} when ok)
 */
public record RunOutcome(RunSpec spec, boolean ok, double fom, String message) {

    /** A finished run. */
    public static RunOutcome succeeded(RunSpec spec, double fom) {
        return new RunOutcome(spec, true, fom, null);
    }

    /** A failed run. */
    public static RunOutcome failed(RunSpec spec, String message) {
        return new RunOutcome(spec, false, Double.NaN, message);
    }
}
