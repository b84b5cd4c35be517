package org.evofit.core.fit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;
import org.evofit.core.data.DataSet;
import org.evofit.core.de.DeSettings;
import org.evofit.core.de.GenerationListener;
import org.evofit.core.fom.FiguresOfMerit;
import org.evofit.core.fom.NonFinitePolicy;
import org.evofit.core.model.Model;
import org.evofit.core.param.Coupling;
import org.evofit.core.param.Parameter;
import org.junit.jupiter.api.Test;

class FitterTest {

    /** y = a + b·x with Gaussian noise of known sigma. */
    private static DataSet line(double a, double b, double sigma, int n, long seed) {
        Random rnd = new Random(seed);
        double[] x = new double[n];
        double[] y = new double[n];
        double[] e = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = i * 0.5;
            y[i] = a + b * x[i] + sigma * rnd.nextGaussian();
            e[i] = sigma;
        }
        return new DataSet("line", x, y, e, null, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
    }

    private static Model straightLine(java.util.function.ToIntFunction<String> slot, String a, String b) {
        int ia = slot.applyAsInt(a);
        int ib = slot.applyAsInt(b);
        return () -> (values, index, data, out) -> {
            for (int i = 0; i < out.length; i++) {
                out[i] = values[ia] + values[ib] * data.x()[i];
            }
        };
    }

    @Test
    void aStraightLineFitMatchesClosedFormLeastSquaresAndItsStandardErrors() {
        DataSet data = line(2, 0.5, 1.0, 40, 3);
        FitProblem problem = FitProblem.create(
                List.of(Parameter.fitted("a", 0, -10, 10), Parameter.fitted("b", 0, -5, 5)),
                List.of(), slot -> straightLine(slot, "a", "b"), List.of(data),
                FiguresOfMerit.byName("chi2bars", NonFinitePolicy.FAIL));
        FitSettings settings = FitSettings.defaults().withRefine(true)
                .withDe(DeSettings.defaults().withPopulation(20).withGenerations(300).withSeed(4));

        FitResult r = Fitter.fit(problem, settings, GenerationListener.NONE);

        // Closed-form weighted least squares with equal weights: normal equations of y = a + b x.
        double n = data.size();
        double sx = 0;
        double sy = 0;
        double sxx = 0;
        double sxy = 0;
        for (int i = 0; i < data.size(); i++) {
            sx += data.x()[i];
            sy += data.y()[i];
            sxx += data.x()[i] * data.x()[i];
            sxy += data.x()[i] * data.y()[i];
        }
        double det = n * sxx - sx * sx;
        double b = (n * sxy - sx * sy) / det;
        double a = (sy - b * sx) / n;
        double chi2 = 0;
        for (int i = 0; i < data.size(); i++) {
            double res = data.y()[i] - a - b * data.x()[i];
            chi2 += res * res;
        }
        double reduced = chi2 / (n - 2);
        // Covariance (XᵀX)⁻¹ scaled by the reduced chi-square (sigma = 1).
        double errA = Math.sqrt(sxx / det * reduced);
        double errB = Math.sqrt(n / det * reduced);

        assertThat(r.parameter("a").value()).isCloseTo(a, within(1e-7));
        assertThat(r.parameter("b").value()).isCloseTo(b, within(1e-8));
        assertThat(r.fom()).isCloseTo(reduced, within(1e-10));
        assertThat(r.chi2()).isCloseTo(reduced, within(1e-10));
        assertThat(r.parameter("a").error()).isCloseTo(errA, within(errA * 1e-5));
        assertThat(r.parameter("b").error()).isCloseTo(errB, within(errB * 1e-5));
    }

    @Test
    void couplingsSetParametersBeforeEverySimulation() {
        DataSet data = line(3, 0, 0.1, 30, 5);
        // The model reads "offset", which a coupling sets to twice the fitted "half".
        FitProblem problem = FitProblem.create(
                List.of(Parameter.fitted("half", 1, 0, 5), Parameter.fixed("offset", 0),
                        Parameter.fixed("slope", 0)),
                List.of(Coupling.parse("offset = 2 * half")), slot -> straightLine(slot, "offset", "slope"),
                List.of(data), FiguresOfMerit.byName("chi2bars", NonFinitePolicy.FAIL));

        FitResult r = Fitter.fit(problem, FitSettings.defaults().withDe(
                DeSettings.defaults().withPopulation(10).withGenerations(200)), GenerationListener.NONE);

        double mean = java.util.Arrays.stream(data.y()).average().orElseThrow();
        assertThat(r.parameter("half").value()).isCloseTo(mean / 2, within(1e-6));
        assertThat(r.parameter("offset").value()).isEqualTo(2 * r.parameter("half").value());
    }

    @Test
    void aCoupledParameterCannotAlsoBeFitted() {
        assertThatThrownBy(() -> FitProblem.create(
                List.of(Parameter.fitted("a", 1, 0, 2), Parameter.fitted("b", 1, 0, 2)),
                List.of(Coupling.parse("b = a")), slot -> straightLine(slot, "a", "b"),
                List.of(line(1, 1, 1, 10, 1)), FiguresOfMerit.byName("diff", NonFinitePolicy.FAIL)))
                .hasMessageContaining("b is set by a coupling");
    }

    @Test
    void withParameterReplacesValueAndBoundsAndKeepsCouplingRules() {
        DataSet data = line(3, 0, 0.1, 30, 5);
        FitProblem problem = FitProblem.create(
                List.of(Parameter.fitted("half", 1, 0, 2), Parameter.fixed("offset", 0), Parameter.fixed("slope", 0)),
                List.of(Coupling.parse("offset = 2 * half")), slot -> straightLine(slot, "offset", "slope"),
                List.of(data), FiguresOfMerit.byName("chi2bars", NonFinitePolicy.FAIL));
        // New bounds reach the optimizer: the objective's search box is the replacement's.
        FitProblem moved = problem.withParameter(Parameter.fitted("half", 1.5, 1.4, 1.6));
        assertThat(moved.parameters().get(0)).isEqualTo(Parameter.fitted("half", 1.5, 1.4, 1.6));
        assertThat(moved.objective().lower()).containsExactly(1.4);
        assertThat(moved.objective().upper()).containsExactly(1.6);
        assertThat(problem.parameters().get(0).max()).as("the original is unchanged").isEqualTo(2);
        assertThatThrownBy(() -> problem.withParameter(Parameter.fitted("offset", 0, -1, 1)))
                .hasMessageContaining("offset is set by a coupling");
        assertThatThrownBy(() -> problem.withParameter(Parameter.fixed("nope", 0)))
                .hasMessageContaining("unknown parameter 'nope'");
    }

    @Test
    void anErrorWeightedFomNeedsErrors() {
        DataSet noErrors = DataSet.of("d", new double[] {1, 2, 3}, new double[] {1, 2, 3});
        assertThatThrownBy(() -> FitProblem.create(List.of(Parameter.fitted("a", 1, 0, 2),
                        Parameter.fixed("b", 0)), List.of(), slot -> straightLine(slot, "a", "b"),
                List.of(noErrors), FiguresOfMerit.byName("chi2bars", NonFinitePolicy.FAIL)))
                .hasMessageContaining("data set d has none");
    }

    @Test
    void aFitWhoseFigureOfMeritIsNotFiniteIsRefused() {
        // One zero error under nonFinite: fail makes chi2bars infinite for every candidate.
        DataSet good = line(2, 0.5, 1.0, 20, 5);
        double[] errors = good.error().clone();
        errors[7] = 0;
        FitProblem problem = FitProblem.create(List.of(Parameter.fitted("a", 0, -10, 10), Parameter.fixed("b", 0.5)),
                List.of(), slot -> straightLine(slot, "a", "b"), List.of(good.withErrors(errors)),
                FiguresOfMerit.byName("chi2bars", NonFinitePolicy.FAIL));

        assertThatThrownBy(() -> Fitter.fit(problem, FitSettings.defaults()
                .withDe(DeSettings.defaults().withPopulation(10).withGenerations(5)), GenerationListener.NONE))
                .isInstanceOf(NonFiniteResultException.class).hasMessageContaining("chi2bars = Infinity");
    }
}
