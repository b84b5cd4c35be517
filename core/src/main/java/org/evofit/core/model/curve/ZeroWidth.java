package org.evofit.core.model.curve;

/**
 * The limit of a peak whose width is zero (or so small that its reciprocal overflows): the peak
 * value at a point exactly on the center and nothing elsewhere. Evaluating the shape formula there
 * would give {@code 0·∞ = NaN} at the center, which would poison a whole fit for a candidate that is
 * merely extreme.
 */
final class ZeroWidth {

    private ZeroWidth() {
    }

    /** Adds {@code peak} to {@code out[i]} where {@code x[i] == center}. */
    static void addAtCenter(double peak, double center, double[] x, double[] out) {
        for (int i = 0; i < x.length; i++) {
            if (x[i] == center) {
                out[i] += peak;
            }
        }
    }
}
