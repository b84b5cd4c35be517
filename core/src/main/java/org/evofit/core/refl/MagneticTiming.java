package org.evofit.core.refl;

/**
 * One line of the magnetic kernel's benchmark: {@link MagneticKernel} (all four spin channels in one
 * call) against the production unpolarised kernel on the same layers' nuclear SLDs, timed in the same run.
 *
 * @param implementation   the magnetic kernel's implementation ({@link MagneticImplementation#label()})
 * @param layers           layers in the stack, fronting and backing media included
 * @param field            applied field, tesla; with a field the two incident spins take separate passes
 * @param points           Q values per call
 * @param magneticNs       the magnetic kernel's nanoseconds per (Q value × layer), four channels together
 * @param unpolarisedNs    the production unpolarised kernel's nanoseconds per (Q value × layer)
 */
public record MagneticTiming(String implementation, int layers, double field, int points, double magneticNs, double unpolarisedNs) {

    /** How many times the unpolarised kernel's cost the four channels take. */
    public double ratio() {
        return magneticNs / unpolarisedNs;
    }
}
