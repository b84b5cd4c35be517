package org.evofit.core.fom;

import static java.lang.Math.abs;
import static java.lang.Math.log10;
import static java.lang.Math.sin;
import static java.lang.Math.sqrt;
import static java.lang.Math.toRadians;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.evofit.core.fom.TinyData.evaluate;
import static org.evofit.core.fom.TinyData.terms;

import java.util.List;
import org.assertj.core.data.Offset;
import org.evofit.core.data.DataSet;
import org.evofit.core.data.FitData;
import org.junit.jupiter.api.Test;

/** The figures of merit that ignore errors, worked out by hand on {@link TinyData}. */
class UnweightedFiguresOfMeritTest {

    private static final Offset<Double> TIGHT = within(1e-12);

    @Test
    void diffIsTheMeanAbsoluteDifferencePerDegreeOfFreedom() {
        // |4-5| + |9-8| + |1-2| + |16-15| + |25-27| = 1 + 1 + 1 + 1 + 2 = 6, over N - p = 5 - 2
        assertThat(evaluate("diff")).isCloseTo(6.0 / 3.0, TIGHT);
        assertThat(terms("diff")).isEqualTo(new double[][] {{-1, 1, -1}, {1, -2}});
    }

    @Test
    void logComparesDecadesPerDegreeOfFreedom() {
        double sum = abs(log10(4) - log10(5)) + abs(log10(9) - log10(8)) + abs(log10(1) - log10(2))
                + abs(log10(16) - log10(15)) + abs(log10(25) - log10(27));
        assertThat(evaluate("log")).isCloseTo(sum / 3, TIGHT);
        assertThat(terms("log")[0][2]).isCloseTo(-log10(2), TIGHT);
    }

    @Test
    void sqrtComparesSquareRootsPerDegreeOfFreedom() {
        double sum = abs(2 - sqrt(5)) + abs(3 - sqrt(8)) + abs(1 - sqrt(2))
                + abs(4 - sqrt(15)) + abs(5 - sqrt(27));
        assertThat(evaluate("sqrt")).isCloseTo(sum / 3, TIGHT);
    }

    @Test
    void r1DividesBySumOfRootsOfAllSetsAndNotByDegreesOfFreedom() {
        double residuals = abs(2 - sqrt(5)) + abs(3 - sqrt(8)) + abs(1 - sqrt(2))
                + abs(4 - sqrt(15)) + abs(5 - sqrt(27));
        double denominator = 2 + 3 + 1 + 4 + 5;
        assertThat(evaluate("R1")).isCloseTo(residuals / denominator, TIGHT);
        assertThat(terms("R1")[1][1]).isCloseTo((5 - sqrt(27)) / 15, TIGHT);
    }

    @Test
    void r1TakesAbsoluteValuesSoNegativeIntensitiesStayFinite() {
        double[][] sim = {{-5, 8, 2}, {15, 27}};
        double residuals = abs(2 - sqrt(5)) + abs(3 - sqrt(8)) + abs(1 - sqrt(2))
                + abs(4 - sqrt(15)) + abs(5 - sqrt(27));
        assertThat(evaluate("R1", sim, NonFinitePolicy.FAIL)).isCloseTo(residuals / 15, TIGHT);
    }

    @Test
    void logR1DividesBySumOfLogRoots() {
        double residuals = abs(log10(2) - log10(sqrt(5))) + abs(log10(3) - log10(sqrt(8)))
                + abs(log10(1) - log10(sqrt(2))) + abs(log10(4) - log10(sqrt(15)))
                + abs(log10(5) - log10(sqrt(27)));
        double denominator = log10(2) + log10(3) + log10(1) + log10(4) + log10(5);
        assertThat(evaluate("logR1")).isCloseTo(residuals / denominator, TIGHT);
    }

    @Test
    void r2IsSquaredResidualsOverSquaredData() {
        // (1 + 1 + 1 + 1 + 4) / (16 + 81 + 1 + 256 + 625)
        assertThat(evaluate("R2")).isCloseTo(8.0 / 979.0, TIGHT);
        double[][] t = terms("R2");
        assertThat(t[0]).containsExactly(new double[] {-1 / 979.0, 1 / 979.0, -1 / 979.0},
                within(1e-15));
        assertThat(t[1]).containsExactly(new double[] {1 / 979.0, -4 / 979.0}, within(1e-15));
    }

    @Test
    void logR2IsSquaredLogResidualsOverSquaredLogData() {
        double d1 = log10(4) - log10(5);
        double d2 = log10(9) - log10(8);
        double d3 = log10(1) - log10(2);
        double d4 = log10(16) - log10(15);
        double d5 = log10(25) - log10(27);
        double residuals = d1 * d1 + d2 * d2 + d3 * d3 + d4 * d4 + d5 * d5;
        double denominator = log10(4) * log10(4) + log10(9) * log10(9) + 0
                + log10(16) * log10(16) + log10(25) * log10(25);
        assertThat(evaluate("logR2")).isCloseTo(residuals / denominator, TIGHT);
        // The sign of the log difference survives squaring: 25 < 27.
        assertThat(terms("logR2")[1][1]).isCloseTo(-d5 * d5 / denominator, TIGHT);
    }

    @Test
    void sintth4WeighsByTheFourthPowerOfSinTheta() {
        // X is 2θ in degrees, so θ = 5, 10, 15, 20, 25 degrees.
        double sum = Math.pow(sin(toRadians(5)), 4) * 1 + Math.pow(sin(toRadians(10)), 4) * 1
                + Math.pow(sin(toRadians(15)), 4) * 1 + Math.pow(sin(toRadians(20)), 4) * 1
                + Math.pow(sin(toRadians(25)), 4) * 2;
        assertThat(evaluate("sintth4")).isCloseTo(sum / 3, TIGHT);
        assertThat(terms("sintth4")[0][0]).isCloseTo(-Math.pow(sin(toRadians(5)), 4), TIGHT);
    }

    @Test
    void normUsesTheSumOfItsOwnDataSet() {
        // set A: Σ|Y| = 4 + 9 + 1 = 14; set B: Σ|Y| = 16 + 25 = 41
        double sum = (1 + 1 + 1) / 14.0 + (1 + 2) / 41.0;
        assertThat(evaluate("Norm")).isCloseTo(sum / 3, TIGHT);
        double[][] t = terms("Norm");
        assertThat(t[0]).containsExactly(new double[] {-1 / 14.0, 1 / 14.0, -1 / 14.0},
                within(1e-15));
        assertThat(t[1]).containsExactly(new double[] {1 / 41.0, -2 / 41.0}, within(1e-15));
    }

    @Test
    void normTakesAbsoluteValuesOfTheData() {
        FitData data = FitData.of(List.of(TinyData.setA(),
                DataSet.of("B", new double[] {40, 50}, new double[] {-16, -25})));
        double[][] sim = {{5, 8, 2}, {-15, -27}};
        // set B: Σ|Y| = 16 + 25 = 41; |-16 - (-15)| + |-25 - (-27)| = 1 + 2
        assertThat(FiguresOfMerit.byName("Norm", NonFinitePolicy.FAIL).evaluate(data, sim, 2))
                .isCloseTo((3 / 14.0 + 3 / 41.0) / 3, TIGHT);
    }

    @Test
    void moreFreeParametersRaiseOnlyTheFiguresDividedByDegreesOfFreedom() {
        FigureOfMerit diff = FiguresOfMerit.byName("diff", NonFinitePolicy.FAIL);
        FigureOfMerit r2 = FiguresOfMerit.byName("R2", NonFinitePolicy.FAIL);
        assertThat(diff.evaluate(TinyData.data(), TinyData.simulation(), 0)).isCloseTo(6.0 / 5, TIGHT);
        assertThat(diff.evaluate(TinyData.data(), TinyData.simulation(), 4)).isCloseTo(6.0 / 1, TIGHT);
        assertThat(r2.evaluate(TinyData.data(), TinyData.simulation(), 0)).isCloseTo(8.0 / 979, TIGHT);
        assertThat(r2.evaluate(TinyData.data(), TinyData.simulation(), 4)).isCloseTo(8.0 / 979, TIGHT);
    }

    @Test
    void unweightedFiguresDoNotNeedErrors() {
        for (String name : new String[] {"diff", "log", "sqrt", "R1", "logR1", "R2", "logR2",
                "sintth4", "Norm"}) {
            FigureOfMerit fom = FiguresOfMerit.byName(name, NonFinitePolicy.IGNORE);
            assertThat(fom.needsErrors()).as(name).isFalse();
        }
    }
}
