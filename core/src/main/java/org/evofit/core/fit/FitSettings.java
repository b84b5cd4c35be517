package org.evofit.core.fit;

import org.evofit.core.de.DeExecution;
import org.evofit.core.de.DeSettings;

/**
 * How a fit runs: the differential-evolution algorithm's settings, how it executes, whether a
 * Levenberg-Marquardt refinement follows, and the level that defines GenX's error bars. Every
 * setting a user names is an entry of {@link OptimizerSettings}.
 *
 * @param de            the optimizer's algorithm settings
 * @param execution     how the optimizer executes (threads, evaluation-log capacity)
 * @param refine        whether Levenberg-Marquardt polishes the best vector within the bounds
 * @param errorbarLevel evaluations with FOM below {@code errorbarLevel × best} span the error bars
 *                      (GenX's errorbar level; 1.05 by default)
 * @param errorbarProfile whether the low and high bars re-optimise the other parameters at every point
 *                      (a profile of the figure of merit) instead of holding them at the optimum (a
 *                      conditional scan, the default)
 */
public record FitSettings(DeSettings de, DeExecution execution, boolean refine, double errorbarLevel,
                          boolean errorbarProfile) {

    /** Checks the error-bar level. */
    public FitSettings {
        if (de == null) {
            throw new IllegalArgumentException("optimizer settings must be given");
        }
        if (execution == null) {
            throw new IllegalArgumentException("execution settings must be given");
        }
        if (!(errorbarLevel > 1)) {
            throw new IllegalArgumentException("errorbar level must be greater than 1, got " + errorbarLevel);
        }
    }

    /** GenX's defaults on one thread, no refinement, error-bar level 1.05, conditional bars. */
    public static FitSettings defaults() {
        return new FitSettings(DeSettings.defaults(), DeExecution.defaults(), false, 1.05, false);
    }

    /** These settings with other algorithm settings. */
    public FitSettings withDe(DeSettings v) {
        return new FitSettings(v, execution, refine, errorbarLevel, errorbarProfile);
    }

    /** These settings with another execution. */
    public FitSettings withExecution(DeExecution v) {
        return new FitSettings(de, v, refine, errorbarLevel, errorbarProfile);
    }

    /** These settings on another number of threads (never changes the result). */
    public FitSettings withThreads(int v) {
        return withExecution(execution.withThreads(v));
    }

    /** These settings with refinement on or off. */
    public FitSettings withRefine(boolean v) {
        return new FitSettings(de, execution, v, errorbarLevel, errorbarProfile);
    }

    /** These settings with another error-bar level. */
    public FitSettings withErrorbarLevel(double v) {
        return new FitSettings(de, execution, refine, v, errorbarProfile);
    }

    /** These settings with profile (re-optimising) or conditional low and high bars. */
    public FitSettings withErrorbarProfile(boolean v) {
        return new FitSettings(de, execution, refine, errorbarLevel, v);
    }
}
