package org.evofit.core.model.curve;

/**
 * {@code c0 + c1·x + ... + cd·x^d}, evaluated by Horner's scheme.
 *
 * @param coefficients slots of c0..cd, lowest power first (copied)
 */
record PolynomialComponent(int[] coefficients) implements CurveComponent {

    /** Copies the slots and rejects an empty list (a polynomial has at least c0). */
    PolynomialComponent {
        if (coefficients.length == 0) {
            throw new IllegalArgumentException("a polynomial needs at least the coefficient c0");
        }
        coefficients = coefficients.clone();
    }

    @Override
    public void addTo(double[] values, double[] x, double[] out) {
        int top = coefficients.length - 1;
        double leading = values[coefficients[top]];
        for (int i = 0; i < x.length; i++) {
            double xi = x[i];
            double sum = leading;
            for (int k = top - 1; k >= 0; k--) {
                sum = sum * xi + values[coefficients[k]];
            }
            out[i] += sum;
        }
    }
}
