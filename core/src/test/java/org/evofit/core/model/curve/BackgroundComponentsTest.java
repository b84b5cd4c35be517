package org.evofit.core.model.curve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Polynomial, exponential and constant backgrounds. */
class BackgroundComponentsTest {

    /** Horner's scheme against the sum of c_k·x^k term by term. */
    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 5, 8})
    void polynomialEqualsItsTermByTermSum(int degree) {
        Random random = new Random(17 + degree);
        double[] values = new double[degree + 3];
        int[] slots = new int[degree + 1];
        for (int k = 0; k <= degree; k++) {
            slots[k] = degree + 2 - k; // reversed, past two unrelated slots
            values[slots[k]] = random.nextDouble() * 4 - 2;
        }
        CurveComponent polynomial = new PolynomialComponent(slots);
        for (double x : new double[] {-3.5, -1, -0.2, 0, 0.7, 1, 2.25, 10}) {
            double expected = 0;
            double magnitude = 0;
            for (int k = 0; k <= degree; k++) {
                double term = values[slots[k]] * Math.pow(x, k);
                expected += term;
                magnitude += Math.abs(term);
            }
            assertThat(Probe.at(polynomial, values, x)).isCloseTo(expected, within(1e-14 * magnitude));
        }
    }

    @Test
    void polynomialIntegratesTermByTerm() {
        double[] c = {0.5, -1.25, 0.75, 0.1};
        CurveComponent polynomial = new PolynomialComponent(new int[] {0, 1, 2, 3});
        double a = -1.5;
        double b = 2.5;
        double expected = 0;
        for (int k = 0; k < c.length; k++) {
            expected += c[k] * (Math.pow(b, k + 1) - Math.pow(a, k + 1)) / (k + 1);
        }
        double integral = Quadrature.integrate(Probe.function(polynomial, c), a, b, 1);
        assertThat(integral).isCloseTo(expected, within(1e-13));
    }

    @Test
    void polynomialNeedsAtLeastOneCoefficient() {
        assertThatThrownBy(() -> new PolynomialComponent(new int[0]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("c0");
    }

    /** ∫ₐᵇ A·exp(r x) dx = (A/r)(exp(r b) - exp(r a)), and the value at 0 is A. */
    @ParameterizedTest
    @ValueSource(doubles = {-2, -0.3, 0.8})
    void exponentialHasItsAmplitudeAtZeroAndItsAnalyticIntegral(double rate) {
        double amplitude = 1.6;
        CurveComponent exponential = new ExponentialComponent(1, 0);
        double[] values = {rate, amplitude};
        assertThat(Probe.at(exponential, values, 0)).isEqualTo(amplitude);
        double a = -1;
        double b = 3;
        double expected = amplitude / rate * (Math.exp(rate * b) - Math.exp(rate * a));
        double integral = Quadrature.integrate(Probe.function(exponential, values), a, b, 0.25);
        assertThat(integral).isCloseTo(expected, within(1e-13 * Math.abs(expected)));
    }

    @Test
    void constantAddsItsValueEverywhere() {
        double[] out = {1, 2, 3};
        new ConstantComponent(1).addTo(new double[] {9, 0.5}, new double[] {-5, 0, 7}, out);
        assertThat(out).containsExactly(1.5, 2.5, 3.5);
    }

    @Test
    void polynomialCopiesItsSlots() {
        int[] slots = {0, 1};
        CurveComponent polynomial = new PolynomialComponent(slots);
        slots[1] = 0;
        assertThat(Probe.at(polynomial, new double[] {1, 2}, 3)).isEqualTo(7);
    }
}
