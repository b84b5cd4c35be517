package org.evofit.core.model.curve;

/**
 * A flat background: the same value at every x.
 *
 * @param value slot of the value
 */
record ConstantComponent(int value) implements CurveComponent {

    @Override
    public void addTo(double[] values, double[] x, double[] out) {
        double v = values[value];
        for (int i = 0; i < x.length; i++) {
            out[i] += v;
        }
    }
}
