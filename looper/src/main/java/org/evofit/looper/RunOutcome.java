package org.evofit.looper;

/**
 * How one run ended.
 *
 * @param spec    the run
 * @param status  whether it wrote its result files, failed or was interrupted
 * @param fom     its figure of merit (NaN unless ok)
 * @param message why it failed or stopped ({@code null} when ok)
 */
public record RunOutcome(RunSpec spec, Status status, double fom, String message) {

    /** How a run ended. */
    public enum Status {
        /** The fit finished and its files are written. */
        OK,
        /** The run failed; {@code error.txt} says why. */
        FAILED,
        /** The thread was interrupted: nothing was written, the run is to be resumed or run again. */
        INTERRUPTED
    }

    /** A finished run. */
    public static RunOutcome succeeded(RunSpec spec, double fom) {
        return new RunOutcome(spec, Status.OK, fom, null);
    }

    /** A failed run. */
    public static RunOutcome failed(RunSpec spec, String message) {
        return new RunOutcome(spec, Status.FAILED, Double.NaN, message);
    }

    /** A run stopped by an interrupt, with nothing written. */
    public static RunOutcome interrupted(RunSpec spec) {
        return new RunOutcome(spec, Status.INTERRUPTED, Double.NaN, "interrupted");
    }

    /** Whether it wrote its result files. */
    public boolean ok() {
        return status == Status.OK;
    }

    /** Whether it was interrupted before its result existed. */
    public boolean interrupted() {
        return status == Status.INTERRUPTED;
    }
}
