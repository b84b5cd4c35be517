package org.evofit.core.fom;

import static java.lang.Math.abs;
import static java.lang.Math.log10;
import static java.lang.Math.sqrt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.evofit.core.fom.TinyData.evaluate;

import java.util.List;
import org.assertj.core.data.Offset;
import org.evofit.core.data.DataSet;
import org.evofit.core.data.FitData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** What each {@link NonFinitePolicy} does with NaN and infinite terms. */
class NonFiniteTermsTest {

    private static final Offset<Double> TIGHT = within(1e-12);

    /** TinyData's simulation with the second point of set A negative, so log10 S is NaN there. */
    private static double[][] negativeSimulation() {
        return new double[][] {{5, -8, 2}, {15, 27}};
    }

    @Test
    void ignoredNaNTermCountsAsZeroButItsPointStillCountsInN() {
        // The point Y = 9, S = -8 drops out of the sum but N stays 5, so the divisor stays 5 - 2.
        double sum = abs(log10(4) - log10(5)) + 0 + abs(log10(1) - log10(2))
                + abs(log10(16) - log10(15)) + abs(log10(25) - log10(27));
        assertThat(evaluate("log", negativeSimulation(), NonFinitePolicy.IGNORE))
                .isCloseTo(sum / 3, TIGHT);
    }

    @Test
    void failingNaNTermMakesTheFigureNaN() {
        assertThat(evaluate("log", negativeSimulation(), NonFinitePolicy.FAIL)).isNaN();
    }

    @Test
    void infiniteTermIsIgnoredOrMakesTheFigureInfinite() {
        // S = 0 at the first point: log10 4 - log10 0 = +infinity
        double[][] zero = {{0, 8, 2}, {15, 27}};
        double sum = 0 + abs(log10(9) - log10(8)) + abs(log10(1) - log10(2))
                + abs(log10(16) - log10(15)) + abs(log10(25) - log10(27));
        assertThat(evaluate("log", zero, NonFinitePolicy.IGNORE)).isCloseTo(sum / 3, TIGHT);
        assertThat(evaluate("log", zero, NonFinitePolicy.FAIL)).isEqualTo(Double.POSITIVE_INFINITY);
    }

    @Test
    void zeroErrorGivesAnInfiniteWeightedTerm() {
        FitData data = FitData.of(List.of(
                TinyData.setA().withErrors(new double[] {0, 2, 0.5}), TinyData.setB()));
        FigureOfMerit ignore = FiguresOfMerit.byName("chibars", NonFinitePolicy.IGNORE);
        FigureOfMerit fail = FiguresOfMerit.byName("chibars", NonFinitePolicy.FAIL);
        // without the first point: 1/2 + 1/0.5 + 1/2 + 2/5 = 3.4, over N - p with N the 4 points it uses
        assertThat(ignore.evaluate(data, TinyData.simulation(), TinyData.P)).isCloseTo(3.4 / (4 - TinyData.P), TIGHT);
        assertThat(fail.evaluate(data, TinyData.simulation(), TinyData.P)).isInfinite();
    }

    @Test
    void termsWriteIgnoredTermsAsZeroAndFailingTermsAsTheyAre() {
        double[][] ignored = {new double[3], new double[2]};
        double[][] failed = {new double[3], new double[2]};
        FiguresOfMerit.byName("log", NonFinitePolicy.IGNORE)
                .terms(TinyData.data(), negativeSimulation(), ignored);
        FiguresOfMerit.byName("log", NonFinitePolicy.FAIL)
                .terms(TinyData.data(), negativeSimulation(), failed);
        assertThat(ignored[0][1]).isZero();
        assertThat(failed[0][1]).isNaN();
        assertThat(ignored[0][0]).isCloseTo(log10(4) - log10(5), TIGHT);
        assertThat(failed[0][0]).isCloseTo(log10(4) - log10(5), TIGHT);
    }

    @Test
    void ignoredDataPointIsLeftOutOfTheDenominatorToo() {
        // Y = 0 in set A: its logR1 weight log10 sqrt 0 is -infinity and its term is infinite.
        FitData data = FitData.of(List.of(
                DataSet.of("A", new double[] {10, 20, 30}, new double[] {4, 9, 0}), TinyData.setB()));
        double residuals = abs(log10(2) - log10(sqrt(5))) + abs(log10(3) - log10(sqrt(8)))
                + abs(log10(4) - log10(sqrt(15))) + abs(log10(5) - log10(sqrt(27)));
        double denominator = log10(2) + log10(3) + log10(4) + log10(5);
        FigureOfMerit ignore = FiguresOfMerit.byName("logR1", NonFinitePolicy.IGNORE);
        FigureOfMerit fail = FiguresOfMerit.byName("logR1", NonFinitePolicy.FAIL);
        assertThat(ignore.evaluate(data, TinyData.simulation(), TinyData.P))
                .isCloseTo(residuals / denominator, TIGHT);
        // An infinite denominator must not turn finite terms into a perfect 0.
        assertThat(fail.evaluate(data, TinyData.simulation(), TinyData.P)).isNaN();
    }

    @Test
    void overflowingDenominatorFailsInsteadOfReadingAsAPerfectFit() {
        // R2 with Y = S = 1e200 at the first point: that term is 0, but its weight Y² overflows.
        FitData data = FitData.of(List.of(
                DataSet.of("A", new double[] {10, 20, 30}, new double[] {1e200, 9, 1}),
                TinyData.setB()));
        double[][] sim = {{1e200, 8, 2}, {15, 27}};
        FigureOfMerit fail = FiguresOfMerit.byName("R2", NonFinitePolicy.FAIL);
        FigureOfMerit ignore = FiguresOfMerit.byName("R2", NonFinitePolicy.IGNORE);
        assertThat(fail.evaluate(data, sim, TinyData.P)).isNaN();
        // Ignoring the infinite weight: (0 + 1 + 1 + 1 + 4) / (81 + 1 + 256 + 625)
        assertThat(ignore.evaluate(data, sim, TinyData.P)).isCloseTo(7.0 / 963, TIGHT);
    }

    static List<String> names() {
        return FiguresOfMerit.names();
    }

    @ParameterizedTest
    @MethodSource("names")
    void failingFigureIsNonFiniteExactlyWhenATermIs(String name) {
        FigureOfMerit fom = FiguresOfMerit.byName(name, NonFinitePolicy.FAIL);
        double[][] t = {new double[3], new double[2]};
        fom.terms(TinyData.data(), negativeSimulation(), t);
        boolean anyNonFinite = false;
        for (double[] row : t) {
            for (double v : row) {
                anyNonFinite |= !Double.isFinite(v);
            }
        }
        double value = fom.evaluate(TinyData.data(), negativeSimulation(), TinyData.P);
        assertThat(Double.isFinite(value)).isEqualTo(!anyNonFinite);
    }

    @ParameterizedTest
    @MethodSource("names")
    void ignoringFigureIsAlwaysFinite(String name) {
        assertThat(evaluate(name, negativeSimulation(), NonFinitePolicy.IGNORE)).isFinite();
    }
}
