package org.evofit.core.fit;

import org.evofit.core.de.DeSettings;

/**
 * How a fit runs: the differential-evolution settings, whether a Levenberg-Marquardt refinement
 * follows, and the level that defines GenX's error bars.
 *
 * @param de            the optimizer's settings
 * @param refine        whether Levenberg-Marquardt polishes the best vector within the bounds
 * @param errorbarLevel evaluations with FOM below {@code errorbarLevel × best} span the error bars
 *                      (GenX's errorbar level; 1.05 by default)
 */
public record FitSettings(DeSettings de, boolean refine, double errorbarLevel) {

    /** Checks the error-bar level. */
    public FitSettings {
        if (de == null) {
            throw new IllegalArgumentException("optimizer settings must be given");
        }
        if (!(errorbarLevel > 1)) {
            throw new IllegalArgumentException("errorbar level must be greater than 1, got " + errorbarLevel);
        }
    }

    /** GenX's defaults, no refinement, error-bar level 1.05. */
    public static FitSettings defaults() {
        return new FitSettings(DeSettings.defaults(), false, 1.05);
    }

    /** These settings with other optimizer settings. */
    public FitSettings withDe(DeSettings v) {
        return new FitSettings(v, refine, errorbarLevel);
    }

    /** These settings with refinement on or off. */
    public FitSettings withRefine(boolean v) {
        return new FitSettings(de, v, errorbarLevel);
    }

    /** These settings with another error-bar level. */
    public FitSettings withErrorbarLevel(double v) {
        return new FitSettings(de, refine, v);
    }
}
