package org.evofit.core.refl.instrument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ErfTest {

    @Test
    void matchesTabulatedValues() {
        // Values to 16 digits from the series definition (A&S table 7.1 to the digits it gives).
        assertThat(Erf.erf(0.5)).isCloseTo(0.5204998778130465, within(2e-16));
        assertThat(Erf.erf(1.0)).isCloseTo(0.8427007929497149, within(2e-16));
        assertThat(Erf.erf(2.0)).isCloseTo(0.9953222650189527, within(2e-16));
        // Near 1, erf is only known to its own rounding (1.1e-16); 1 - erf keeps that absolute error.
        assertThat(1 - Erf.erf(3.0)).isCloseTo(2.209049699858544e-05, within(2.3e-16));
        assertThat(1 - Erf.erf(4.0)).isCloseTo(1.541725790028002e-08, within(2.3e-16));
    }

    @Test
    void isOddAndSaturates() {
        assertThat(Erf.erf(0)).isZero();
        assertThat(Erf.erf(-1.3)).isEqualTo(-Erf.erf(1.3));
        assertThat(Erf.erf(7)).isEqualTo(1.0);
        assertThat(Erf.erf(Double.POSITIVE_INFINITY)).isEqualTo(1.0);
        assertThat(Erf.erf(Double.NEGATIVE_INFINITY)).isEqualTo(-1.0);
        assertThat(Erf.erf(Double.NaN)).isNaN();
    }

    @Test
    void keepsRelativeAccuracyForTinyArguments() {
        double x = 1e-12;
        assertThat(Erf.erf(x) / (2 * x / Math.sqrt(Math.PI))).isCloseTo(1, within(1e-15));
    }

    @Test
    void agreesWithCommonsMathEverywhere() {
        for (double x = -6.6; x <= 6.6; x += 0.0137) {
            double expected = org.apache.commons.math3.special.Erf.erf(x);
            assertThat(Erf.erf(x)).as("erf(%s)", x)
                    .isCloseTo(expected, within(2e-15 * Math.abs(expected) + 1e-300));
        }
    }

    @Test
    void isContinuousWhereTheMethodChanges() {
        double below = Math.nextDown(2.0);
        assertThat(Erf.erf(2.0) - Erf.erf(below)).isCloseTo(0, within(1e-15));
        assertThat(Erf.erf(6.5) - Erf.erf(Math.nextDown(6.5))).isCloseTo(0, within(1e-18));
    }

    @Test
    void theTaylorTableAgreesWithTheSeriesAndContinuedFractionEverywhere() {
        double worst = 0;
        for (int i = 1; i <= 130_000; i++) {
            double x = i * 5e-5;
            double exact = Erf.exact(x);
            worst = Math.max(worst, Math.abs(Erf.erf(x) - exact) / exact);
        }
        assertThat(worst).as("max relative difference on (0, 6.5]").isLessThan(3e-15);
    }
}
