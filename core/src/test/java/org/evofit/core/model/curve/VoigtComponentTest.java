package org.evofit.core.model.curve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The Voigt peak against a direct numerical convolution of a Gaussian and a Lorentzian, its area,
 * and its Gaussian (gamma → 0) and Lorentzian (sigma → 0) limits.
 */
class VoigtComponentTest {

    /** Slots: area, center, sigma, gamma. */
    private static final CurveComponent VOIGT = new VoigtComponent(0, 1, 2, 3);

    /**
     * V(x) = area ∫ G(t) L(x - c - t) dt, with G the normalised Gaussian and L the normalised
     * Lorentzian, integrated in u = x - c - t around the Lorentzian's spike at u = 0 (and over the
     * Gaussian's ±15σ, beyond which it is below 1e-49).
     */
    @ParameterizedTest
    @CsvSource({
        "0.8, 0.3, 0", "0.8, 0.3, 0.4", "0.8, 0.3, 1.5", "0.8, 0.3, -4", "0.8, 0.3, 10",
        "0.8, 0.3, 60", "0.8, 0.3, -300", "1, 0.02, 0", "1, 0.02, 2.5", "1, 0.02, 5", "1, 0.02, 8",
        "1, 0.02, 40", "0.05, 2, 0.1", "0.05, 2, 30", "0.3, 0.3, 1e4"})
    void equalsTheConvolutionOfAGaussianAndALorentzian(double sigma, double gamma, double offset) {
        double area = 1.7;
        double center = -0.6;
        double x = center + offset;
        double norm = 1 / (sigma * Math.sqrt(2 * Math.PI));
        // t = offset - u ranges over ±15σ.
        double convolution = Quadrature.integrate(u -> {
            double t = offset - u;
            double gauss = norm * Math.exp(-t * t / (2 * sigma * sigma));
            double lorentz = gamma / (Math.PI * (u * u + gamma * gamma));
            return gauss * lorentz;
        }, offset - 15 * sigma, offset + 15 * sigma, Math.min(sigma, gamma) / 2, 0, gamma);
        double expected = area * convolution;
        double actual = Probe.at(VOIGT, new double[] {area, center, sigma, gamma}, x);
        assertThat(actual).isCloseTo(expected, within(1e-11 * expected));
    }

    @ParameterizedTest
    @CsvSource({"1, 0.5", "0.2, 2", "3, 0.01", "0.5, 1e-5"})
    void integratesToItsArea(double sigma, double gamma) {
        double area = 2.5;
        double center = 1.3;
        double integral = Quadrature.overRealLine(
                Probe.function(VOIGT, new double[] {area, center, sigma, gamma}),
                center, sigma + gamma, 2000);
        assertThat(integral).isCloseTo(area, within(1e-10 * area));
    }

    @Test
    void withoutLorentzianWidthIsTheGaussianOfThatArea() {
        double area = 3;
        double center = 0.5;
        double sigma = 0.4;
        for (double u = -8 * sigma; u <= 8 * sigma; u += sigma / 8) {
            double expected = area / (sigma * Math.sqrt(2 * Math.PI))
                    * Math.exp(-u * u / (2 * sigma * sigma));
            // The exponent u²/(2σ²) reaches 32 here; its rounding alone is worth ~1e-14 relative.
            assertThat(Probe.at(VOIGT, new double[] {area, center, sigma, 0}, center + u))
                    .isCloseTo(expected, within(5e-14 * expected));
        }
    }

    /**
     * Within 3σ of the center the Voigt converges to the Gaussian linearly in gamma/sigma (the
     * first-order term, relative to the Gaussian, is at most about 13·gamma/sigma there).
     */
    @Test
    void approachesTheGaussianAsGammaVanishes() {
        double sigma = 2;
        double coarse = largestRelativeGapToGaussian(sigma, 1e-4 * sigma);
        double fine = largestRelativeGapToGaussian(sigma, 1e-7 * sigma);
        assertThat(fine).isLessThan(2e-6);
        assertThat(fine / coarse).isCloseTo(1e-3, within(1e-5));
    }

    @Test
    void withoutGaussianWidthIsTheLorentzianOfThatArea() {
        double area = 0.9;
        double center = -2;
        double gamma = 0.25;
        for (double u : new double[] {0, 0.01, 0.25, 1, 7, 1e3}) {
            double expected = area * gamma / (Math.PI * (u * u + gamma * gamma));
            assertThat(Probe.at(VOIGT, new double[] {area, center, 0, gamma}, center + u))
                    .isCloseTo(expected, within(1e-15 * expected));
        }
    }

    /**
     * Convolving with a narrow Gaussian changes a Lorentzian by at most about (sigma/gamma)²
     * relative; 1e-5 goes through the Faddeeva function, 1e-9 through the Lorentzian shortcut.
     */
    @ParameterizedTest
    @CsvSource({"1e-3, 3e-6", "1e-5, 3e-10", "1e-9, 1e-15"})
    void approachesTheLorentzianAsSigmaVanishes(double sigmaOverGamma, double tolerance) {
        double gamma = 0.5;
        double sigma = sigmaOverGamma * gamma;
        for (double u : new double[] {0, 0.1, 0.5, 2, 50}) {
            double expected = gamma / (Math.PI * (u * u + gamma * gamma));
            assertThat(Probe.at(VOIGT, new double[] {1, 0, sigma, gamma}, u))
                    .isCloseTo(expected, within(tolerance * expected));
        }
    }

    @Test
    void widthSignsDoNotMatter() {
        double positive = Probe.at(VOIGT, new double[] {1, 0, 0.6, 0.2}, 0.9);
        assertThat(Probe.at(VOIGT, new double[] {1, 0, -0.6, -0.2}, 0.9)).isEqualTo(positive);
    }

    /** Both widths 0: a delta peak, infinite exactly at the center and 0 elsewhere. */
    @Test
    void withoutAnyWidthIsADeltaPeak() {
        double[] x = {0.3, 0.5, 0.7};
        double[] out = new double[3];
        VOIGT.addTo(new double[] {2, 0.5, 0, 0}, x, out);
        assertThat(out).containsExactly(0, Double.POSITIVE_INFINITY, 0);
    }

    private static double largestRelativeGapToGaussian(double sigma, double gamma) {
        double largest = 0;
        for (double u = -3 * sigma; u <= 3 * sigma; u += sigma / 4) {
            double gauss = Math.exp(-u * u / (2 * sigma * sigma)) / (sigma * Math.sqrt(2 * Math.PI));
            double voigt = Probe.at(VOIGT, new double[] {1, 0, sigma, gamma}, u);
            largest = Math.max(largest, Math.abs(voigt - gauss) / gauss);
        }
        return largest;
    }
}
