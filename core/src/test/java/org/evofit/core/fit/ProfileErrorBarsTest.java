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
 * GenX-style low and high bars are where the figure of merit reaches GenX's threshold (5 % above the
 * best), read from the figure of merit itself: exact on a quadratic, and the same however long the
 * optimizer ran. A parameter at a bound is flagged and left out of the covariance.
 */
class ProfileErrorBarsTest {

    /** y = a + b·x + c·x² with Gaussian noise of sigma 1. */
    private static DataSet parabola(double a, double b, double c, int n, long seed) {
        Random rnd = new Random(seed);
        double[] x = new double[n];
        double[] y = new double[n];
        double[] e = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = 0.25 * i;
            y[i] = a + b * x[i] + c * x[i] * x[i] + rnd.nextGaussian();
            e[i] = 1;
        }
        return new DataSet("parabola", x, y, e, null, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
    }

    private static Model polynomial(ToIntFunction<String> slot) {
        int ia = slot.applyAsInt("a");
        int ib = slot.applyAsInt("b");
        int ic = slot.applyAsInt("c");
        return () -> (values, index, data, out) -> {
            for (int i = 0; i < out.length; i++) {
                double x = data.x()[i];
                out[i] = values[ia] + values[ib] * x + values[ic] * x * x;
            }
        };
    }

    private static FitResult fit(FitProblem problem, int generations) {
        return Fitter.fit(problem, FitSettings.defaults().withRefine(true)
                .withDe(DeSettings.defaults().withPopulation(20).withGenerations(generations).withSeed(3)),
                GenerationListener.NONE);
    }

    private static FitProblem line(DataSet data, double bMax) {
        return FitProblem.create(List.of(Parameter.fitted("a", 0, -10, 10), Parameter.fitted("b", 0, -5, bMax),
                        Parameter.fixed("c", 0)), List.of(), ProfileErrorBarsTest::polynomial, List.of(data),
                FiguresOfMerit.byName("chi2", NonFinitePolicy.FAIL));
    }

    @Test
    void onAQuadraticFigureOfMeritTheBarsAreWhereItRisesByFivePercent() {
        DataSet data = parabola(2, 0.5, 0, 40, 5);
        FitResult r = fit(line(data, 5), 200);

        // chi2 = Σ(y − a − b x)²/(N − 2): moving a alone by d adds N d²/(N − 2), moving b alone adds
        // Σx² d²/(N − 2). The bar is where that reaches 0.05 × chi2.
        double n = data.size();
        double sxx = 0;
        for (double x : data.x()) {
            sxx += x * x;
        }
        double rise = 0.05 * r.fom() * (n - 2);
        double barA = Math.sqrt(rise / n);
        double barB = Math.sqrt(rise / sxx);

        assertThat(r.errorBasis().threshold()).isCloseTo(1.05 * r.fom(), within(1e-12));
        assertThat(r.parameter("a").errorLow()).isCloseTo(-barA, within(barA * 1e-6));
        assertThat(r.parameter("a").errorHigh()).isCloseTo(barA, within(barA * 1e-6));
        assertThat(r.parameter("b").errorLow()).isCloseTo(-barB, within(barB * 1e-6));
        assertThat(r.parameter("b").errorHigh()).isCloseTo(barB, within(barB * 1e-6));
    }

    @Test
    void theBarsAreTheSameAfterAShortAndALongRun() {
        DataSet data = parabola(1, -0.7, 0.2, 50, 9);
        FitProblem problem = FitProblem.create(List.of(Parameter.fitted("a", 0, -10, 10),
                        Parameter.fitted("b", 0, -5, 5), Parameter.fitted("c", 0, -1, 1)), List.of(),
                ProfileErrorBarsTest::polynomial, List.of(data), FiguresOfMerit.byName("chi2bars", NonFinitePolicy.FAIL));

        FitResult shortRun = fit(problem, 3);
        FitResult longRun = fit(problem, 400);

        for (String name : List.of("a", "b", "c")) {
            ParameterEstimate s = shortRun.parameter(name);
            ParameterEstimate l = longRun.parameter(name);
            assertThat(s.errorLow()).as(name).isNegative().isCloseTo(l.errorLow(), within(-l.errorLow() * 1e-5));
            assertThat(s.errorHigh()).as(name).isPositive().isCloseTo(l.errorHigh(), within(l.errorHigh() * 1e-5));
        }
    }

    @Test
    void aParameterAtABoundIsFlaggedAndTheOthersKeepTheirErrors() {
        // The data slope 0.5 but b may not exceed 0.2: b ends at its upper bound, a is fitted for b = 0.2.
        DataSet data = parabola(2, 0.5, 0, 40, 5);
        FitResult r = fit(line(data, 0.2), 200);

        ParameterEstimate a = r.parameter("a");
        ParameterEstimate b = r.parameter("b");
        assertThat(b.bound()).isEqualTo(BoundContact.UPPER);
        assertThat(b.error()).isNaN();
        assertThat(b.errorHigh()).isZero();
        assertThat(a.bound()).isEqualTo(BoundContact.NONE);
        // With b held by its bound, a alone is a mean: its error is s/sqrt(N), s² = Σr²/(N − p), p = 2.
        double ss = 0;
        for (int i = 0; i < data.size(); i++) {
            double res = data.y()[i] - a.value() - b.value() * data.x()[i];
            ss += res * res;
        }
        double expected = Math.sqrt(ss / (data.size() - 2) / data.size());
        assertThat(a.error()).isCloseTo(expected, within(expected * 1e-6));
    }
}
