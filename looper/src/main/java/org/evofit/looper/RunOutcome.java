package org.evofit.looper;

import java.util.List;
import org.evofit.wrapper.model.DataWarning;

/**
 * How one run ended.
 *
 * @param spec    the run
 * @param status  whether it wrote its result files, failed or was interrupted
 * @param fom     its figure of merit (NaN unless ok)
 * @param message  why it failed or stopped ({@code null} when ok)
 * @param warnings the data sets with points the fit left out (known only where the run ran in this
 *                 process; its result.json records them wherever it ran)
 */
public record RunOutcome(RunSpec spec, Status status, double fom, String message, List<DataWarning> warnings) {

    /** Copies the list. */
    public RunOutcome {
        warnings = List.copyOf(warnings);
    }

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
        return succeeded(spec, fom, List.of());
    }

    /** A finished run that left out the data points {@code warnings} tell of. */
    public static RunOutcome succeeded(RunSpec spec, double fom, List<DataWarning> warnings) {
        return new RunOutcome(spec, Status.OK, fom, null, warnings);
    }

    /** A failed run. */
    public static RunOutcome failed(RunSpec spec, String message) {
        return new RunOutcome(spec, Status.FAILED, Double.NaN, message, List.of());
    }

    /** A run stopped by an interrupt, with nothing written. */
    public static RunOutcome interrupted(RunSpec spec) {
        return new RunOutcome(spec, Status.INTERRUPTED, Double.NaN, "interrupted", List.of());
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
