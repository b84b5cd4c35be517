package org.evofit.core.model.curve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.apache.commons.math3.analysis.UnivariateFunction;
import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Gaussian, Lorentzian and pseudo-Voigt peaks: areas by quadrature against their closed forms,
 * widths by root finding, and the zero-width limit. Slots are deliberately out of order.
 */
class PeakShapesTest {

    private static final BrentSolver SOLVER = new BrentSolver(1e-15, 1e-15);

    @Test
    void gaussianAreaIsHeightTimesSigmaRootTwoPi() {
        double height = 2.5;
        double center = -1.3;
        double sigma = 0.7;
        CurveComponent gauss = new GaussianComponent(2, 0, 1);
        double[] values = {center, sigma, height};
        double area = Quadrature.integrate(Probe.function(gauss, values),
                center - 40 * sigma, center + 40 * sigma, sigma / 4);
        assertThat(area).isCloseTo(height * sigma * Math.sqrt(2 * Math.PI), within(1e-13 * area));
    }

    @Test
    void gaussianPeaksAtItsCenterAndHasFwhmOfTwoRootTwoLnTwoSigma() {
        double height = 3;
        double center = 4;
        double sigma = 0.25;
        CurveComponent gauss = new GaussianComponent(0, 1, 2);
        double[] values = {height, center, sigma};
        assertThat(Probe.at(gauss, values, center)).isEqualTo(height);
        double fwhm = fullWidthAtHalfMaximum(Probe.function(gauss, values), height, center, sigma);
        assertThat(fwhm).isCloseTo(2 * Math.sqrt(2 * Math.log(2)) * sigma, within(1e-12));
    }

    @Test
    void lorentzianAreaIsHeightTimesPiGamma() {
        double height = 1.7;
        double center = 0.4;
        double gamma = 0.3;
        CurveComponent lorentz = new LorentzianComponent(1, 2, 0);
        double[] values = {gamma, height, center};
        double area = Quadrature.overRealLine(Probe.function(lorentz, values), center, gamma, 200);
        assertThat(area).isCloseTo(height * Math.PI * gamma, within(1e-12 * area));
    }

    @Test
    void lorentzianGammaIsTheHalfWidthAtHalfMaximum() {
        double height = 5;
        double center = -2;
        double gamma = 0.8;
        CurveComponent lorentz = new LorentzianComponent(0, 1, 2);
        double[] values = {height, center, gamma};
        assertThat(Probe.at(lorentz, values, center)).isEqualTo(height);
        double fwhm = fullWidthAtHalfMaximum(Probe.function(lorentz, values), height, center, gamma);
        assertThat(fwhm).isCloseTo(2 * gamma, within(1e-12));
    }

    /** Both parts have the same FWHM and unit height, so every mix has that FWHM and height. */
    @ParameterizedTest
    @ValueSource(doubles = {0, 0.5, 1})
    void pseudoVoigtHasTheGivenFwhmAndHeightForEveryEta(double eta) {
        double height = 2;
        double center = 1;
        double fwhm = 0.6;
        CurveComponent peak = new PseudoVoigtComponent(3, 2, 1, 0);
        double[] values = {eta, fwhm, center, height};
        assertThat(Probe.at(peak, values, center)).isCloseTo(height, within(1e-15));
        double measured = fullWidthAtHalfMaximum(Probe.function(peak, values), height, center, fwhm);
        assertThat(measured).isCloseTo(fwhm, within(1e-12));
    }

    /** The area mixes a Lorentzian's π·fwhm/2 and a Gaussian's fwhm/2·√(π/ln 2). */
    @ParameterizedTest
    @ValueSource(doubles = {0, 0.3, 1})
    void pseudoVoigtAreaMixesTheAreasOfItsParts(double eta) {
        double height = 1.5;
        double center = 0;
        double fwhm = 2;
        CurveComponent peak = new PseudoVoigtComponent(0, 1, 2, 3);
        double[] values = {height, center, fwhm, eta};
        double area = Quadrature.overRealLine(Probe.function(peak, values), center, fwhm, 400);
        double lorentzArea = Math.PI * fwhm / 2;
        double gaussArea = fwhm / 2 * Math.sqrt(Math.PI / Math.log(2));
        double expected = height * (eta * lorentzArea + (1 - eta) * gaussArea);
        assertThat(area).isCloseTo(expected, within(1e-12 * expected));
    }

    @Test
    void widthSignDoesNotMatter() {
        double[] x = {-1, 0.2, 3};
        CurveComponent gauss = new GaussianComponent(0, 1, 2);
        CurveComponent lorentz = new LorentzianComponent(0, 1, 2);
        assertThat(evaluate(gauss, new double[] {1, 0.1, -0.7}, x))
                .containsExactly(evaluate(gauss, new double[] {1, 0.1, 0.7}, x));
        assertThat(evaluate(lorentz, new double[] {1, 0.1, -0.7}, x))
                .containsExactly(evaluate(lorentz, new double[] {1, 0.1, 0.7}, x));
    }

    /** A zero width is the limit of a narrowing peak: its height at the center, 0 elsewhere. */
    @Test
    void zeroWidthLeavesOnlyTheHeightAtTheCenter() {
        double[] x = {-1, 0.5, 0.5 + 1e-12, 2};
        double[] expected = {0, 3, 0, 0};
        assertThat(evaluate(new GaussianComponent(0, 1, 2), new double[] {3, 0.5, 0}, x))
                .containsExactly(expected);
        assertThat(evaluate(new LorentzianComponent(0, 1, 2), new double[] {3, 0.5, 0}, x))
                .containsExactly(expected);
        assertThat(evaluate(new PseudoVoigtComponent(0, 1, 2, 3), new double[] {3, 0.5, 0, 0.4}, x))
                .containsExactly(expected);
    }

    /** Components add to what is already in the output (the model sums them). */
    @Test
    void peaksAddToTheOutputRatherThanOverwriteIt() {
        double[] x = {0.3};
        double[] out = {10};
        new GaussianComponent(0, 1, 2).addTo(new double[] {2, 0.3, 1}, x, out);
        assertThat(out[0]).isEqualTo(12);
    }

    private static double[] evaluate(CurveComponent component, double[] values, double[] x) {
        double[] out = new double[x.length];
        component.addTo(values, x, out);
        return out;
    }

    /** Twice the distance from the center to where the (symmetric) peak falls to half its height. */
    private static double fullWidthAtHalfMaximum(UnivariateFunction peak, double height, double center,
                                                 double width) {
        double half = SOLVER.solve(1000, x -> peak.value(x) - height / 2, center, center + 10 * width);
        return 2 * (half - center);
    }
}
