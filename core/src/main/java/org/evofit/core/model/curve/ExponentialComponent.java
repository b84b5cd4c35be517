package org.evofit.core.model.curve;

/**
 * {@code amplitude·exp(rate·x)}: an exponential background (a decay for negative rate).
 *
 * @param amplitude slot of the value at x = 0
 * @param rate      slot of the rate
 */
record ExponentialComponent(int amplitude, int rate) implements CurveComponent {

    @Override
    public void addTo(double[] values, double[] x, double[] out) {
        double a = values[amplitude];
        double r = values[rate];
        for (int i = 0; i < x.length; i++) {
            out[i] += a * Math.exp(r * x[i]);
        }
    }
}
