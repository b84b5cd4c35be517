package org.evofit.core.model.curve;

/**
 * {@code height·(eta·L + (1 - eta)·G)}: a pseudo-Voigt peak, the mix of a Lorentzian L and a Gaussian
 * G, both of unit height and both of full width at half maximum {@code fwhm}, so the mix has that
 * FWHM and height for every eta. Eta is not clamped to [0, 1]; bound it in the fit. The sign of fwhm
 * does not matter.
 *
 * @param height slot of the peak height
 * @param center slot of the peak position
 * @param fwhm   slot of the full width at half maximum
 * @param eta    slot of the Lorentzian fraction
 */
record PseudoVoigtComponent(int height, int center, int fwhm, int eta) implements CurveComponent {

    private static final double LN2 = Math.log(2);

    @Override
    public void addTo(double[] values, double[] x, double[] out) {
        double h = values[height];
        double c = values[center];
        double f = values[fwhm];
        double e = values[eta];
        // With k = 4/fwhm², L = 1/(1 + k u²) and G = 2^(-k u²) both fall to 1/2 at u = fwhm/2.
        double k = 4 / (f * f);
        if (Double.isInfinite(k)) {
            ZeroWidth.addAtCenter(h, c, x, out);
            return;
        }
        double lorentz = h * e;
        double gauss = h - lorentz;
        double gaussRate = LN2 * k;
        for (int i = 0; i < x.length; i++) {
            double u = x[i] - c;
            double u2 = u * u;
            out[i] += lorentz / (1 + k * u2) + gauss * Math.exp(-gaussRate * u2);
        }
    }
}
