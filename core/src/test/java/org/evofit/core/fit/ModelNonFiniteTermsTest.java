package org.evofit.core.fit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.evofit.core.data.DataSet;
import org.evofit.core.de.DeSettings;
import org.evofit.core.de.GenerationListener;
import org.evofit.core.fom.FiguresOfMerit;
import org.evofit.core.fom.NonFinitePolicy;
import org.evofit.core.model.Model;
import org.evofit.core.param.Parameter;
import org.junit.jupiter.api.Test;

/**
 * Under {@code nonFinite: ignore} a model that makes every usable point's term non-finite (negative
 * everywhere under a logarithm) cannot win a fit by scoring the perfect 0 of an empty sum, and a fitted
 * model that makes some usable points' terms non-finite is told of in the result.
 */
class ModelNonFiniteTermsTest {

    /** Measured y = 10 at x = 1..n, all of them usable under a logarithm. */
    private static DataSet tens(String name, int n) {
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = i + 1;
            y[i] = 10;
        }
        return DataSet.of(name, x, y);
    }

    /** y = a + b·x, so a negative a and b make every point negative. */
    private static Model line(java.util.function.ToIntFunction<String> slot) {
        int ia = slot.applyAsInt("a");
        int ib = slot.applyAsInt("b");
        return () -> (values, index, data, out) -> {
            for (int i = 0; i < out.length; i++) {
                out[i] = values[ia] + values[ib] * data.x()[i];
            }
        };
    }

    private static FitProblem problem(Parameter a, Parameter b, DataSet data) {
        return FitProblem.create(List.of(a, b), List.of(), ModelNonFiniteTermsTest::line, List.of(data),
                FiguresOfMerit.byName("log", NonFinitePolicy.IGNORE));
    }

    @Test
    void aModelNegativeAtEveryPointUnderALogarithmIsInfeasibleNotAPerfectFit() {
        FitProblem problem = problem(Parameter.fitted("a", 1, -100, 100), Parameter.fitted("b", 0, -10, 10),
                tens("d", 20));

        assertThat(problem.fomOf(new double[] {-5, -1})).isNaN();
        // Points left with a finite term keep the candidate feasible, scored on those points alone:
        // -15 + x is 1..5 at x = 16..20 (and 0 at x = 15), over N - p = 20 - 2.
        assertThat(problem.fomOf(new double[] {-15, 1})).isCloseTo((5 - Math.log10(120)) / 18, within(1e-12));
    }

    @Test
    void aFitCanNoLongerBeWonByAModelNegativeEverywhere() {
        // Most of the box makes the line negative everywhere; the data say a + b·x = 10.
        FitProblem problem = problem(Parameter.fitted("a", -50, -100, 11), Parameter.fitted("b", -5, -10, 0.01),
                tens("d", 20));
        FitSettings settings = FitSettings.defaults().withRefine(false)
                .withDe(DeSettings.defaults().withPopulation(20).withGenerations(200).withSeed(7));

        FitResult r = Fitter.fit(problem, settings, GenerationListener.NONE);

        // Before, the first candidate negative everywhere scored 0 and nothing could beat it.
        double[] model = problem.simulateFitted(r.values())[0];
        long positive = java.util.Arrays.stream(model).filter(s -> s > 0).count();
        assertThat(positive).isPositive();
        assertThat(r.fom()).isFinite();
        List<NonFiniteTerms> expected = positive == model.length ? List.of()
                : List.of(new NonFiniteTerms("d", model.length, model.length - (int) positive));
        assertThat(r.nonFiniteTerms()).isEqualTo(expected);
    }

    @Test
    void theResultCountsTheUsablePointsWhoseTermTheFittedModelMadeNonFinite() {
        // 9 + b·x with b close to -2 is positive at x = 1..4 only, so the terms at x = 5..20 are logarithms
        // of negative values; the measured NaNs at x = 18 and 19 are unusable data, reported elsewhere.
        DataSet data = tens("d", 20);
        double[] y = data.y().clone();
        y[17] = Double.NaN;
        y[18] = Double.NaN;
        DataSet withGaps = DataSet.of("d", data.x(), y);
        FitProblem problem = problem(Parameter.fixed("a", 9), Parameter.fitted("b", -2, -2.001, -1.999), withGaps);
        FitSettings settings = FitSettings.defaults().withRefine(false)
                .withDe(DeSettings.defaults().withPopulation(10).withGenerations(3).withSeed(7));

        FitResult r = Fitter.fit(problem, settings, GenerationListener.NONE);

        // 16 negative points, 2 of them unusable data: 14 of the 18 usable points.
        assertThat(r.nonFiniteTerms()).containsExactly(new NonFiniteTerms("d", 18, 14));
        assertThat(r.nonFiniteTerms().get(0).message()).isEqualTo("the model gave non-finite figure-of-merit"
                + " terms at 14 of 18 usable points of data set 'd' (nonFinite: ignore counted them as 0)");
    }
}
