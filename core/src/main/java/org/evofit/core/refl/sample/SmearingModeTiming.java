package org.evofit.core.refl.sample;

/**
 * One line of the resolution-mode benchmark: a mode's cost on a data set beside GenX's
 * {@code fast conv} on the same data, both measured in the same run.
 *
 * @param mode              the mode's name in model files, followed by {@code ", SLD varying"} when the
 *                          film's SLD changes from one curve to the next
 * @param points            data points
 * @param nanos             nanoseconds per simulated curve (coordinates, smearing, scale and background)
 * @param kernelEvaluations reflectivity evaluations per curve
 * @param fastConvNanos     nanoseconds per curve of {@code fast conv} on the same data
 */
public record SmearingModeTiming(String mode, int points, double nanos, int kernelEvaluations, double fastConvNanos) {

    /** The mode's cost in units of fast conv's (2: twice as slow). */
    public double costRatio() {
        return nanos / fastConvNanos;
    }
}
