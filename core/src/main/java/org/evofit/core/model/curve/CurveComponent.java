package org.evofit.core.model.curve;

/**
 * One additive term of a {@link CurveModel}: a peak, a background, a polynomial. A component reads
 * its parameters from the slots it was built with. Thread-safe and allocation-free.
 */
@FunctionalInterface
public interface CurveComponent {

    /** Adds this component's value at every {@code x[i]} to {@code out[i]}. */
    void addTo(double[] values, double[] x, double[] out);
}
