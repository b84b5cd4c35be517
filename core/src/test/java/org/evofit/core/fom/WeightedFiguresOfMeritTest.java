package org.evofit.core.fom;

import static java.lang.Math.abs;
import static java.lang.Math.log;
import static java.lang.Math.log10;
import static java.lang.Math.sqrt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.evofit.core.fom.TinyData.evaluate;
import static org.evofit.core.fom.TinyData.terms;

import java.util.List;
import org.assertj.core.data.Offset;
import org.evofit.core.data.DataSet;
import org.evofit.core.data.FitData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The figures of merit that use 1-sigma errors, worked out by hand on {@link TinyData}. */
class WeightedFiguresOfMeritTest {

    private static final Offset<Double> TIGHT = within(1e-12);

    @Test
    void chi2barsIsTheReducedChiSquare() {
        // ((4-5)/1)² + ((9-8)/2)² + ((1-2)/0.5)² + ((16-15)/2)² + ((25-27)/5)²
        //   = 1 + 0.25 + 4 + 0.25 + 0.16 = 5.66, over N - p = 3
        assertThat(evaluate("chi2bars")).isCloseTo(5.66 / 3, TIGHT);
        double[][] t = terms("chi2bars");
        assertThat(t[0]).containsExactly(new double[] {-1, 0.25, -4}, TIGHT);
        assertThat(t[1]).containsExactly(new double[] {0.25, -0.16}, TIGHT);
    }

    @Test
    void chi2IsThePlainReducedChiSquareWithTheSameValueAsChi2bars() {
        assertThat(evaluate("chi2")).isCloseTo(5.66 / 3, TIGHT);
        double[][] t = terms("chi2");
        assertThat(t[0]).containsExactly(new double[] {-1, 0.25, -4}, TIGHT);
        assertThat(t[1]).containsExactly(new double[] {0.25, -0.16}, TIGHT);
    }

    @Test
    void chibarsIsTheMeanAbsoluteNormalisedResidual() {
        // 1/1 + 1/2 + 1/0.5 + 1/2 + 2/5 = 1 + 0.5 + 2 + 0.5 + 0.4 = 4.4
        assertThat(evaluate("chibars")).isCloseTo(4.4 / 3, TIGHT);
        double[][] t = terms("chibars");
        assertThat(t[0]).containsExactly(new double[] {-1, 0.5, -2}, TIGHT);
        assertThat(t[1]).containsExactly(new double[] {0.5, -0.4}, TIGHT);
    }

    @Test
    void logbarsDividesTheLogDifferenceByTheErrorInLogSpace() {
        // error of log10 Y is E / (Y ln 10)
        double sum = abs(log10(4) - log10(5)) / (1 / (4 * log(10)))
                + abs(log10(9) - log10(8)) / (2 / (9 * log(10)))
                + abs(log10(1) - log10(2)) / (0.5 / (1 * log(10)))
                + abs(log10(16) - log10(15)) / (2 / (16 * log(10)))
                + abs(log10(25) - log10(27)) / (5 / (25 * log(10)));
        assertThat(evaluate("logbars")).isCloseTo(sum / 3, TIGHT);
        assertThat(terms("logbars")[0][0]).isCloseTo((log10(4) - log10(5)) * 4 * log(10), TIGHT);
    }

    @Test
    void r1barsWeighsRootsByTheRootOfTheInverseError() {
        double residuals = sqrt(1 / 1.0) * abs(2 - sqrt(5)) + sqrt(1 / 2.0) * abs(3 - sqrt(8))
                + sqrt(1 / 0.5) * abs(1 - sqrt(2)) + sqrt(1 / 2.0) * abs(4 - sqrt(15))
                + sqrt(1 / 5.0) * abs(5 - sqrt(27));
        double denominator = sqrt(1 / 1.0) * 2 + sqrt(1 / 2.0) * 3 + sqrt(1 / 0.5) * 1
                + sqrt(1 / 2.0) * 4 + sqrt(1 / 5.0) * 5;
        assertThat(evaluate("R1bars")).isCloseTo(residuals / denominator, TIGHT);
    }

    @Test
    void r2barsUsesTheDocumentedPointwiseDenominator() {
        // numerator Σ (1/E)(Y-S)²: 1·1 + 0.5·1 + 2·1 + 0.5·1 + 0.2·4 = 4.8
        // denominator Σ (1/E) Y²:  16 + 0.5·81 + 2·1 + 0.5·256 + 0.2·625 = 311.5
        assertThat(evaluate("R2bars")).isCloseTo(4.8 / 311.5, TIGHT);
        double[][] t = terms("R2bars");
        assertThat(t[0]).containsExactly(new double[] {-1 / 311.5, 0.5 / 311.5, -2 / 311.5},
                within(1e-15));
        assertThat(t[1]).containsExactly(new double[] {0.5 / 311.5, -0.8 / 311.5}, within(1e-15));
    }

    @ParameterizedTest
    @ValueSource(strings = {"chi2bars", "chibars", "logbars", "R1bars", "R2bars", "chi2"})
    void weightedFiguresNeedErrorsAndRejectDataWithout(String name) {
        FigureOfMerit fom = FiguresOfMerit.byName(name, NonFinitePolicy.IGNORE);
        assertThat(fom.needsErrors()).isTrue();
        FitData noErrorsInB = FitData.of(List.of(TinyData.setA(),
                DataSet.of("B", new double[] {40, 50}, new double[] {16, 25})));
        assertThatThrownBy(() -> fom.evaluate(noErrorsInB, TinyData.simulation(), TinyData.P))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(name)
                .hasMessageContaining("data set 1");
    }
}
