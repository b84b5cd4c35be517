package org.evofit.core.fit;

import static org.assertj.core.api.Assertions.assertThat;
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
import org.evofit.core.param.Parameter;
import org.junit.jupiter.api.Test;

/**
 * Standard errors are computed in the space of the figure of merit that was minimised, against closed
 * forms: a log figure of merit gives the regression errors of the log data, and the bars of a sum of
 * squared log residuals match the curvature of that figure of merit.
 */
class CovarianceErrorsTest {

    private static final double LN10 = Math.log(10);

    /** y = exp(a + b·x) with log-normal noise: log10 y is linear in a and b, with slopes 1/ln 10 and x/ln 10. */
    private static DataSet decay(int n, long seed) {
        Random rnd = new Random(seed);
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = 0.1 * i;
            y[i] = Math.exp(2 - 3 * x[i]) * Math.pow(10, 0.05 * rnd.nextGaussian());
        }
        return DataSet.of("decay", x, y);
    }

    private static Model exponential(ToIntFunction<String> slot) {
        int ia = slot.applyAsInt("a");
        int ib = slot.applyAsInt("b");
        return () -> (values, index, data, out) -> {
            for (int i = 0; i < out.length; i++) {
                out[i] = Math.exp(values[ia] + values[ib] * data.x()[i]);
            }
        };
    }

    private static FitProblem problem(DataSet data, String fom) {
        return FitProblem.create(List.of(Parameter.fitted("a", 0, -5, 5), Parameter.fitted("b", 0, -10, 10)),
                List.of(), CovarianceErrorsTest::exponential, List.of(data),
                FiguresOfMerit.byName(fom, NonFinitePolicy.FAIL));
    }

    private static FitResult fit(FitProblem problem) {
        return Fitter.fit(problem, FitSettings.defaults().withRefine(true)
                .withDe(DeSettings.defaults().withPopulation(20).withGenerations(200).withSeed(2)), GenerationListener.NONE);
    }

    @Test
    void aLogFigureOfMeritGetsTheErrorsOfARegressionOfTheLogData() {
        DataSet data = decay(60, 7);
        FitResult r = fit(problem(data, "log"));
        double a = r.parameter("a").value();
        double b = r.parameter("b").value();

        // r_i = log10 y_i − (a + b x_i)/ln 10: linear, so J = −[1, x]/ln 10 and C = s²·ln²10·(XᵀX)⁻¹.
        double n = data.size();
        double sx = 0;
        double sxx = 0;
        double ss = 0;
        for (int i = 0; i < n; i++) {
            double x = data.x()[i];
            double res = Math.log10(data.y()[i]) - (a + b * x) / LN10;
            sx += x;
            sxx += x * x;
            ss += res * res;
        }
        double s2 = ss / (n - 2);
        double det = n * sxx - sx * sx;

        assertThat(r.errorBasis().residuals()).isEqualTo("log10(Y) - log10(S)");
        assertThat(r.errorBasis().scale()).isCloseTo(s2, within(s2 * 1e-9));
        assertThat(r.parameter("a").error()).isCloseTo(LN10 * Math.sqrt(s2 * sxx / det), within(1e-6 * LN10 * Math.sqrt(s2 * sxx / det)));
        assertThat(r.parameter("b").error()).isCloseTo(LN10 * Math.sqrt(s2 * n / det), within(1e-6 * LN10 * Math.sqrt(s2 * n / det)));
        // 0.05 decades of noise on 60 points: a is known to about 0.03, not to the 0.5 that linear
        // residuals scaled by their reduced chi-square gave.
        assertThat(r.parameter("a").error()).isBetween(0.01, 0.06);
    }

    @Test
    void theErrorsOfASumOfSquaredLogResidualsMatchItsCurvature() {
        DataSet data = decay(50, 11);
        FitProblem problem = problem(data, "logR2");
        FitResult r = fit(problem);
        double[] best = {r.parameter("a").value(), r.parameter("b").value()};

        // logR2 = Σ r²/D is exactly quadratic in (a, b) here, with Hessian H = 2 JᵀJ/D; so
        // C = s²(JᵀJ)⁻¹ = 2·FOM/(N − p)·H⁻¹. H by second differences of the figure of merit itself.
        double h = 1e-3;
        double[][] hess = new double[2][2];
        for (int i = 0; i < 2; i++) {
            for (int j = 0; j < 2; j++) {
                hess[i][j] = (fom(problem, best, i, h, j, h) - fom(problem, best, i, h, j, -h)
                        - fom(problem, best, i, -h, j, h) + fom(problem, best, i, -h, j, -h)) / (4 * h * h);
            }
        }
        double det = hess[0][0] * hess[1][1] - hess[0][1] * hess[1][0];
        double factor = 2 * r.fom() / (data.size() - 2);
        double errA = Math.sqrt(factor * hess[1][1] / det);
        double errB = Math.sqrt(factor * hess[0][0] / det);

        assertThat(r.parameter("a").error()).isCloseTo(errA, within(errA * 1e-4));
        assertThat(r.parameter("b").error()).isCloseTo(errB, within(errB * 1e-4));
    }

    private static double fom(FitProblem problem, double[] best, int i, double di, int j, double dj) {
        double[] p = best.clone();
        p[i] += di;
        p[j] += dj;
        return problem.fomOf(problem.values(p));
    }
}
