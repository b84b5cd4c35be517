package org.evofit.core.fit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;
import java.util.function.ToIntFunction;
import org.evofit.core.data.DataSet;
import org.evofit.core.de.DeSettings;
import org.evofit.core.de.GenerationListener;
import org.evofit.core.fom.FiguresOfMerit;
import org.evofit.core.fom.NonFinitePolicy;
import org.evofit.core.model.Model;
import org.evofit.core.optim.Objective;
import org.evofit.core.param.Parameter;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, defect 7's statistics: points a fit leaves out (a NaN measurement, an error of 0 under chi²)
 * count in none of its statistics. A straight line y = a + b·x with known errors is the analytic case:
 * with N points in range, k of them left out and p = 2, N − p is N − k − 2 exactly, and chi² is the
 * weighted sum over the N − k others, computed here from the data without evofit.
 */
class ExcludedPointsStatisticsTest {

    private static final int POINTS = 40;
    /** Beyond the fit range (x > XMAX): the last two points. */
    private static final double XMAX = 9.4;
    private static final int IN_RANGE = 38;
    private static final int[] NAN_Y = {3, 11, 20};
    private static final int[] ZERO_ERROR = {27, 33};

    private static Model line(ToIntFunction<String> slot) {
        int ia = slot.applyAsInt("a");
        int ib = slot.applyAsInt("b");
        return () -> (values, index, data, out) -> {
            for (int i = 0; i < out.length; i++) {
                out[i] = values[ia] + values[ib] * data.x()[i];
            }
        };
    }

    /** y = 1 + 2x plus Gaussian noise of each point's error; NaN y (and error) and zero errors as given. */
    private static DataSet data(int[] nanY, int[] zeroError) {
        Random rnd = new Random(5);
        double[] x = new double[POINTS];
        double[] y = new double[POINTS];
        double[] e = new double[POINTS];
        for (int i = 0; i < POINTS; i++) {
            x[i] = 0.25 * i;
            e[i] = 0.1 + 0.01 * i;
            y[i] = 1 + 2 * x[i] + e[i] * rnd.nextGaussian();
        }
        for (int i : nanY) {
            y[i] = Double.NaN;
            e[i] = Double.NaN;
        }
        for (int i : zeroError) {
            e[i] = 0;
        }
        return new DataSet("line", x, y, e, null, Double.NEGATIVE_INFINITY, XMAX);
    }

    private static FitProblem problem(DataSet data) {
        return FitProblem.create(List.of(Parameter.fitted("a", 0, -10, 10), Parameter.fitted("b", 0, -10, 10)),
                List.of(), ExcludedPointsStatisticsTest::line, List.of(data),
                FiguresOfMerit.byName("chi2", NonFinitePolicy.IGNORE));
    }

    /** Σ ((y − a − b x)/e)² over the in-range points with a finite y and a positive finite error. */
    private static double chi2(DataSet d, double a, double b) {
        double sum = 0;
        for (int i = 0; i < d.size(); i++) {
            double r = (d.y()[i] - a - b * d.x()[i]) / d.error()[i];
            if (d.x()[i] <= XMAX && Double.isFinite(r)) {
                sum += r * r;
            }
        }
        return sum;
    }

    @Test
    void degreesOfFreedomAndReducedChiSquareCountOnlyThePointsTheFitUses() {
        DataSet data = data(NAN_Y, ZERO_ERROR);
        FitResult r = Fitter.fit(problem(data), FitSettings.defaults().withRefine(true)
                .withDe(DeSettings.defaults().withPopulation(20).withGenerations(150).withSeed(3)),
                GenerationListener.NONE);
        double a = r.parameter("a").value();
        double b = r.parameter("b").value();
        int used = IN_RANGE - NAN_Y.length - ZERO_ERROR.length;
        double reduced = chi2(data, a, b) / (used - 2);

        assertThat(r.errorBasis().points()).isEqualTo(used);
        assertThat(r.errorBasis().degreesOfFreedom()).isEqualTo(IN_RANGE - 5 - 2);
        // Under nonFinite: ignore the reduced chi-square is a number (it was null with any point left out).
        assertThat(r.chi2()).isCloseTo(reduced, within(reduced * 1e-12));
        assertThat(r.fom()).isCloseTo(reduced, within(reduced * 1e-12));
        // For residuals (Y − S)/E the covariance scale s² is the reduced chi-square too.
        assertThat(r.errorBasis().scale()).isCloseTo(reduced, within(reduced * 1e-9));
        // The fit found the weighted least-squares line of the used points (closed form).
        double[] wls = weightedLine(data);
        assertThat(a).isCloseTo(wls[0], within(1e-5));
        assertThat(b).isCloseTo(wls[1], within(1e-5));
    }

    @Test
    void theLikelihoodIsHalfTheChiSquareOfTheMeasuredPointsOnly() {
        DataSet data = data(NAN_Y, new int[0]);
        FitProblem problem = problem(data);
        Objective.Evaluator likelihood = GaussianLikelihood.of(problem).newEvaluator();

        for (double[] candidate : new double[][] {{1, 2}, {0.7, 2.1}, {1.4, 1.8}}) {
            double expected = chi2(data, candidate[0], candidate[1]) / 2;
            assertThat(likelihood.evaluate(candidate)).isCloseTo(expected, within(expected * 1e-12));
        }
    }

    @Test
    void aFigureOfMeritPerDegreeOfFreedomRefusesNoMoreUsablePointsThanFreeParameters() {
        int[] nan = new int[IN_RANGE - 2];
        for (int i = 0; i < nan.length; i++) {
            nan[i] = i;
        }
        FitProblem problem = problem(data(nan, new int[0]));

        assertThatThrownBy(() -> problem.fomOf(problem.values(new double[] {1, 2})))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("N - p must be positive, but N = 2 and p = 2 (N counts the points the figure of merit"
                        + " can use)");
    }

    /** The weighted least-squares intercept and slope over the used points, by the normal equations. */
    private static double[] weightedLine(DataSet d) {
        double s = 0;
        double sx = 0;
        double sy = 0;
        double sxx = 0;
        double sxy = 0;
        for (int i = 0; i < d.size(); i++) {
            double w = 1 / (d.error()[i] * d.error()[i]);
            if (d.x()[i] > XMAX || !Double.isFinite(d.y()[i]) || !Double.isFinite(w)) {
                continue;
            }
            s += w;
            sx += w * d.x()[i];
            sy += w * d.y()[i];
            sxx += w * d.x()[i] * d.x()[i];
            sxy += w * d.x()[i] * d.y()[i];
        }
        double det = s * sxx - sx * sx;
        return new double[] {(sxx * sy - sx * sxy) / det, (s * sxy - sx * sy) / det};
    }
}
