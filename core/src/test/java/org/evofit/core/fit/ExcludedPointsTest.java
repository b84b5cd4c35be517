package org.evofit.core.fit;

import static org.assertj.core.api.Assertions.assertThat;

import org.evofit.core.data.DataSet;
import org.evofit.core.fom.FigureOfMerit;
import org.evofit.core.fom.FiguresOfMerit;
import org.evofit.core.fom.NonFinitePolicy;
import org.junit.jupiter.api.Test;

/**
 * The points no evaluation of a figure of merit can use are counted per data set, over the fit range
 * only, and split into non-finite measured values and finite ones the figure of merit cannot use.
 */
class ExcludedPointsTest {

    private static final double NAN = Double.NaN;

    private static FigureOfMerit fom(String name) {
        return FiguresOfMerit.byName(name, NonFinitePolicy.IGNORE);
    }

    @Test
    void nonFiniteMeasuredValuesAreCountedUnderEveryFigureOfMerit() {
        DataSet d = DataSet.of("d", new double[] {1, 2, 3, 4, 5},
                new double[] {0.5, NAN, Double.POSITIVE_INFINITY, 0.1, Double.NEGATIVE_INFINITY});

        for (String name : new String[] {"diff", "log", "sqrt", "R1"}) {
            assertThat(ExcludedPoints.of(d, fom(name))).as(name).isEqualTo(new ExcludedPoints("d", 5, 3, 0));
        }
    }

    @Test
    void aLogarithmCannotUseAValueOfZeroOrLessWhileADifferenceCan() {
        DataSet d = DataSet.of("d", new double[] {1, 2, 3, 4}, new double[] {0.5, 0, -1e-3, NAN});

        assertThat(ExcludedPoints.of(d, fom("log"))).isEqualTo(new ExcludedPoints("d", 4, 1, 2));
        assertThat(ExcludedPoints.of(d, fom("diff"))).isEqualTo(new ExcludedPoints("d", 4, 1, 0));
        // sqrt takes the root of y itself: only the negative value is lost.
        assertThat(ExcludedPoints.of(d, fom("sqrt"))).isEqualTo(new ExcludedPoints("d", 4, 1, 1));
    }

    @Test
    void anErrorWeightedFigureOfMeritCannotUseAnErrorOfNaNOrZero() {
        DataSet d = new DataSet("d", new double[] {1, 2, 3, 4}, new double[] {1, 2, 3, 4},
                new double[] {0.1, NAN, 0, 0.2}, null, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);

        assertThat(ExcludedPoints.of(d, fom("chi2bars"))).isEqualTo(new ExcludedPoints("d", 4, 0, 2));
        // An unweighted figure of merit never reads the error.
        assertThat(ExcludedPoints.of(d, fom("log")).any()).isFalse();
    }

    @Test
    void onlyPointsInTheFitRangeAreCounted() {
        DataSet d = DataSet.of("d", new double[] {1, 2, 3, 4, 5}, new double[] {NAN, 1, NAN, 1, NAN}).withRange(2, 4);

        ExcludedPoints counts = ExcludedPoints.of(d, fom("log"));

        assertThat(counts).isEqualTo(new ExcludedPoints("d", 3, 1, 0));
        assertThat(counts.excluded()).isEqualTo(1);
    }
}
