package org.evofit.core.model.curve;

/**
 * {@code area·Re w(z)/(sigma·√(2π))} with {@code z = (x - center + i·gamma)/(sigma·√2)}: a Voigt
 * peak, the convolution of a normalised Gaussian of standard deviation sigma and a normalised
 * Lorentzian of half width gamma, scaled so that its integral is {@code area}. The signs of sigma and
 * gamma do not matter.
 *
 * <p>The relative accuracy is that of {@link Faddeeva#re} (a few 1e-15) at every x, tails included.
 *
 * <p>Limits: gamma = 0 gives the Gaussian of that area (exactly, through {@link Faddeeva}). When
 * sigma is 0, or below {@code 1e-8·gamma}, the Lorentzian of that area is used instead: the two then
 * differ by less than {@code (sigma/gamma)² <= 1e-16} relative at every x, and the Faddeeva argument
 * would otherwise head for overflow. Both widths 0 is a delta peak: {@code ±∞} exactly at the center
 * (nothing when the area is 0), 0 elsewhere.
 *
 * @param area   slot of the integral of the peak
 * @param center slot of the peak position
 * @param sigma  slot of the Gaussian standard deviation
 * @param gamma  slot of the Lorentzian half width at half maximum
 */
record VoigtComponent(int area, int center, int sigma, int gamma) implements CurveComponent {

    private static final double SQRT2 = Math.sqrt(2);
    private static final double SQRT_2PI = Math.sqrt(2 * Math.PI);
    /** Below this sigma/gamma the peak is a Lorentzian to within double rounding. */
    private static final double NEGLIGIBLE_SIGMA = 1e-8;

    @Override
    public void addTo(double[] values, double[] x, double[] out) {
        double a = values[area];
        double c = values[center];
        double s = Math.abs(values[sigma]);
        double g = Math.abs(values[gamma]);
        if (s == 0 || s < NEGLIGIBLE_SIGMA * g) {
            addLorentzian(a, c, g, x, out);
            return;
        }
        double scale = 1 / (s * SQRT2);
        if (Double.isInfinite(scale)) {
            ZeroWidth.addAtCenter(delta(a), c, x, out);
            return;
        }
        double y = g * scale;
        double ySquared = y * y;
        double poleWeight = Faddeeva.poleWeight(y);
        double norm = a / (s * SQRT_2PI);
        for (int i = 0; i < x.length; i++) {
            out[i] += norm * Faddeeva.realPart((x[i] - c) * scale, y, ySquared, poleWeight);
        }
    }

    private static void addLorentzian(double a, double c, double g, double[] x, double[] out) {
        double gSquared = g * g;
        if (gSquared == 0) {
            ZeroWidth.addAtCenter(delta(a), c, x, out);
            return;
        }
        double k = a * g / Math.PI;
        for (int i = 0; i < x.length; i++) {
            double u = x[i] - c;
            out[i] += k / (u * u + gSquared);
        }
    }

    /** The value of a zero-width peak of area a at its center; a zero area adds nothing. */
    private static double delta(double a) {
        return a == 0 ? 0 : a / 0.0;
    }
}
