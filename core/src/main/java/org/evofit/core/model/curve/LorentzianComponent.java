package org.evofit.core.model.curve;

/**
 * {@code height/(1 + ((x - center)/gamma)²)}: a Lorentzian (Cauchy) peak given by its height, with
 * gamma the half width at half maximum. The sign of gamma does not matter.
 *
 * @param height slot of the peak height
 * @param center slot of the peak position
 * @param gamma  slot of the half width at half maximum
 */
record LorentzianComponent(int height, int center, int gamma) implements CurveComponent {

    @Override
    public void addTo(double[] values, double[] x, double[] out) {
        double h = values[height];
        double c = values[center];
        double g = values[gamma];
        double k = 1 / (g * g);
        if (Double.isInfinite(k)) {
            ZeroWidth.addAtCenter(h, c, x, out);
            return;
        }
        for (int i = 0; i < x.length; i++) {
            double u = x[i] - c;
            out[i] += h / (1 + k * u * u);
        }
    }
}
