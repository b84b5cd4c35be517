package org.evofit.core.model.curve;

/**
 * {@code height·exp(-(x - center)²/(2 sigma²))}: a Gaussian peak given by its height (GenX's Peakfit
 * "Gauss" with A = height, xc = center). The sign of sigma does not matter.
 *
 * @param height slot of the peak height
 * @param center slot of the peak position
 * @param sigma  slot of the standard deviation
 */
record GaussianComponent(int height, int center, int sigma) implements CurveComponent {

    @Override
    public void addTo(double[] values, double[] x, double[] out) {
        double h = values[height];
        double c = values[center];
        double s = values[sigma];
        double k = 0.5 / (s * s);
        if (Double.isInfinite(k)) {
            ZeroWidth.addAtCenter(h, c, x, out);
            return;
        }
        for (int i = 0; i < x.length; i++) {
            double u = x[i] - c;
            out[i] += h * Math.exp(-k * u * u);
        }
    }
}
