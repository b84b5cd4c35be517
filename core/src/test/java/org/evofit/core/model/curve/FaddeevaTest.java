package org.evofit.core.model.curve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.apache.commons.math3.special.Erf;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The Faddeeva function against closed forms (w(0), the imaginary and real axes, the large-|z|
 * limit) and against quadrature of its integral representations.
 */
class FaddeevaTest {

    private static final double SQRT_PI = Math.sqrt(Math.PI);

    @Test
    void isOneAtTheOrigin() {
        assertThat(Faddeeva.re(0, 0)).isEqualTo(1.0);
        // Im w(0) = 0; the quadrature grid is not quite symmetric about 0, so allow rounding.
        assertThat(Faddeeva.im(0, 0)).isCloseTo(0.0, within(1e-16));
    }

    /** w(iy) = exp(y²) erfc(y) for real y >= 0; the values straddle y = 2π (the pole-term switch). */
    @ParameterizedTest
    @ValueSource(doubles = {1e-10, 0.01, 0.3, 1, 2.5, 6.2831, 6.2832, 6.5, 10, 20, 26})
    void onTheImaginaryAxisIsTheScaledComplementaryErrorFunction(double y) {
        double expected = Math.exp(y * y) * Erf.erfc(y);
        assertThat(Faddeeva.re(0, y)).isCloseTo(expected, within(1e-13 * expected));
        assertThat(Faddeeva.im(0, y)).isCloseTo(0, within(1e-15 * expected));
    }

    /**
     * Past y ≈ 26.6, exp(y²) overflows, so the reference is the quadrature of
     * w(iy) = (2y/π) ∫₀^∞ exp(-t²)/(t² + y²) dt; these points are on the asymptotic branch.
     */
    @ParameterizedTest
    @ValueSource(doubles = {28.2, 28.5, 40, 100, 1000})
    void farUpTheImaginaryAxisMatchesItsIntegral(double y) {
        double expected = 2 * y / Math.PI
                * Quadrature.integrate(t -> Math.exp(-t * t) / (t * t + y * y), 0, 10, 0.05);
        assertThat(Faddeeva.re(0, y)).isCloseTo(expected, within(1e-13 * expected));
    }

    /** As |z| → ∞, w(z) = i/(√π z)·(1 + 1/(2z²) + O(z⁻⁴)); here the O term is below 1e-16. */
    @ParameterizedTest
    @CsvSource({"0, 1e4", "1e5, 1e5", "3e6, 1e2", "1e150, 1e150", "0, 1e300", "1e300, 1e-300"})
    void forLargeArgumentsApproachesItsLimit(double x, double y) {
        // 1/z, scaled so that nothing overflows, then i/√π·(1/z)·(1 + (1/z)²/2).
        double scale = Math.max(Math.abs(x), y);
        double a = x / scale;
        double b = y / scale;
        double norm = a * a + b * b;
        double invRe = a / norm / scale;
        double invIm = -b / norm / scale;
        double corrRe = 1 + 0.5 * (invRe * invRe - invIm * invIm);
        double corrIm = invRe * invIm;
        double productRe = invRe * corrRe - invIm * corrIm;
        double productIm = invRe * corrIm + invIm * corrRe;
        double expectedRe = -productIm / SQRT_PI;
        double expectedIm = productRe / SQRT_PI;
        assertThat(Faddeeva.re(x, y))
                .isCloseTo(expectedRe, within(1e-15 * Math.abs(expectedRe) + 1e-320));
        assertThat(Faddeeva.im(x, y))
                .isCloseTo(expectedIm, within(1e-15 * Math.abs(expectedIm) + 1e-320));
    }

    /** On the real axis, Re w(x) = exp(-x²) and Im w(x) = (2/√π)·D(x) with D Dawson's integral. */
    @ParameterizedTest
    @ValueSource(doubles = {0.1, 0.5, 1, 2.5, 5, 10, 27, 30, 100})
    void onTheRealAxisIsAGaussianAndDawsonsIntegral(double x) {
        assertThat(Faddeeva.re(x, 0)).isCloseTo(Math.exp(-x * x), within(1e-15 * Math.exp(-x * x)));
        // D(x) = ∫₀^x exp(t² - x²) dt = ∫₀^x exp(-s(2x - s)) ds, which lives within ~1/x of s = 0.
        double upper = Math.min(x, 40 / x);
        double dawson = Quadrature.integrate(s -> Math.exp(-s * (2 * x - s)), 0, upper,
                Math.min(0.05, 0.1 / x));
        double expected = 2 / SQRT_PI * dawson;
        assertThat(Faddeeva.im(x, 0)).isCloseTo(expected, within(1e-13 * expected));
        assertThat(Faddeeva.im(-x, 0)).isCloseTo(-expected, within(1e-13 * expected));
    }

    /**
     * Off the axes, against w(z) = (1/√π) ∫₀^∞ exp(-t²/4) exp(izt) dt, whose integrand is smooth
     * for y >= 0. The points cover both sides of y = 2π and of |z|² = 800.
     */
    @ParameterizedTest
    @CsvSource({"0.5, 0.5", "2, 0.1", "-3, 1.5", "1, 3", "5, 5", "6, 6.2", "6, 6.4", "0.2, 8",
            "10, 2", "-12, 0.7", "20, 19.9", "20, 20.1", "25, 14"})
    void offTheAxesMatchesItsFourierIntegral(double x, double y) {
        double step = Math.min(0.05, Math.min(0.25 / Math.abs(x), 0.25 / y));
        double re = Quadrature.integrate(t -> Math.exp(-t * t / 4 - y * t) * Math.cos(x * t), 0, 18,
                step) / SQRT_PI;
        double im = Quadrature.integrate(t -> Math.exp(-t * t / 4 - y * t) * Math.sin(x * t), 0, 18,
                step) / SQRT_PI;
        double modulus = Math.hypot(re, im);
        assertThat(Faddeeva.re(x, y)).isCloseTo(re, within(1e-13 * modulus));
        assertThat(Faddeeva.im(x, y)).isCloseTo(im, within(1e-13 * modulus));
    }

    /**
     * Just above the real axis away from the origin, Re w is tiny and the Fourier integral cancels,
     * so the reference is Re w(x + iy) = (y/π) ∫ exp(-t²)/((x - t)² + y²) dt, whose integrand is
     * positive. Relative accuracy must hold here: these are the tails of a narrow-Lorentzian Voigt.
     * The integral is taken in u = t - x, so that the spike at u = 0 keeps full relative precision.
     */
    @ParameterizedTest
    @CsvSource({"4, 1e-6", "5.5, 1e-9", "10, 1e-6", "3, 1e-3", "27, 0.01", "-8, 0.05", "2, 1e-12"})
    void justAboveTheRealAxisKeepsRelativeAccuracy(double x, double y) {
        double expected = y / Math.PI * Quadrature.integrate(
                u -> Math.exp(-(x + u) * (x + u)) / (u * u + y * y), -9 - x, 9 - x, 0.05, 0, y);
        assertThat(Faddeeva.re(x, y)).isCloseTo(expected, within(1e-12 * expected));
    }

    /** w(-x + iy) is the complex conjugate of w(x + iy), as the integral representation shows. */
    @ParameterizedTest
    @CsvSource({"0.3, 0.2", "3.7, 1e-4", "9, 3", "30, 2"})
    void isConjugateSymmetric(double x, double y) {
        assertThat(Faddeeva.re(-x, y)).isCloseTo(Faddeeva.re(x, y), within(1e-15 * Faddeeva.re(x, y)));
        assertThat(Faddeeva.im(-x, y)).isCloseTo(-Faddeeva.im(x, y),
                within(1e-15 * Math.abs(Faddeeva.im(x, y))));
    }

    @Test
    void refusesTheLowerHalfPlane() {
        assertThatThrownBy(() -> Faddeeva.re(1, -0.5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Im z >= 0");
    }
}
