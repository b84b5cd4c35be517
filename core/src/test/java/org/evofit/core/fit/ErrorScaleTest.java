package org.evofit.core.fit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.List;
import java.util.SplittableRandom;
import org.evofit.core.data.DataSet;
import org.evofit.core.fom.FiguresOfMerit;
import org.evofit.core.fom.NonFinitePolicy;
import org.evofit.core.mcmc.Chain;
import org.evofit.core.mcmc.EnsembleSampler;
import org.evofit.core.mcmc.PosteriorAnalysis;
import org.evofit.core.mcmc.SamplerSettings;
import org.evofit.core.mcmc.StepListener;
import org.evofit.core.model.Model;
import org.evofit.core.optim.Objective;
import org.evofit.core.param.Parameter;
import org.junit.jupiter.api.Test;

/**
 * Data without errors are sampled with the figure of merit's own terms as the likelihood, of scale s:
 * a Laplace density for a sum of absolute residuals ({@code log}), a Gaussian for a sum of squares
 * ({@code logR2}). Checked against the figure of merit itself (the likelihood is an affine function of it
 * at any fixed s, so their optima coincide) and against data made with a known noise.
 */
class ErrorScaleTest {

    private static final int POINTS = 200;

    private static FitProblem noisyLine(double relative, String fom) {
        double[] x = new double[POINTS];
        double[] y = new double[POINTS];
        SplittableRandom noise = new SplittableRandom(17);
        for (int i = 0; i < POINTS; i++) {
            x[i] = 0.05 * i;
            y[i] = (1 + 2 * x[i]) * (1 + relative * noise.nextGaussian());
        }
        Model model = () -> (values, index, d, out) -> {
            for (int i = 0; i < out.length; i++) {
                out[i] = values[0] + values[1] * d.x()[i];
            }
        };
        return FitProblem.create(List.of(Parameter.fitted("a", 1, 0, 3), Parameter.fitted("b", 2, 0, 4)), List.of(),
                slot -> model, List.of(DataSet.of("line", x, y)), FiguresOfMerit.byName(fom, NonFinitePolicy.FAIL));
    }

    @Test
    void underALogFigureOfMeritAPointWithoutErrorsIsALaplaceTermOfItsLogResidual() {
        FitProblem problem = noisyLine(0.05, "log");
        SamplingLikelihood likelihood = GaussianLikelihood.forSampling(problem, new double[] {1, 2});

        double lnS = Math.log(0.02);
        double value = likelihood.objective().newEvaluator().evaluate(new double[] {1.1, 1.9, lnS});

        double expected = 0;
        for (int i = 0; i < POINTS; i++) {
            double m = 1.1 + 1.9 * problem.dataSets().get(0).x()[i];
            double t = Math.abs(Math.log10(problem.dataSets().get(0).y()[i]) - Math.log10(m));
            expected += t / 0.02 + Math.log(2 * 0.02);
        }
        assertThat(value).isCloseTo(expected, offset(1e-9 * Math.abs(expected)));
        assertThat(likelihood.names()).containsExactly("a", "b", GaussianLikelihood.ERROR_SCALE);
        assertThat(likelihood.errorModel()).contains("data set line has no errors").contains("Laplace")
                .contains("log10(Y) - log10(S)");
    }

    @Test
    void atAnyScaleTheLikelihoodIsTheFigureOfMeritScaledSoTheirOptimaCoincide() {
        for (String name : List.of("log", "logR2", "diff")) {
            FitProblem problem = noisyLine(0.05, name);
            SamplingLikelihood likelihood = GaussianLikelihood.forSampling(problem, new double[] {1, 2});
            Objective.Evaluator fom = problem.objective().newEvaluator();
            Objective.Evaluator ln = likelihood.objective().newEvaluator();
            SplittableRandom random = new SplittableRandom(3);
            double lnS = -3;
            // L(c) = alpha FOM(c) + beta at fixed s: two candidates give alpha and beta, the rest must agree.
            double[] c0 = {1, 2};
            double[] c1 = {1.2, 1.7};
            double alpha = (ln.evaluate(with(c1, lnS)) - ln.evaluate(with(c0, lnS)))
                    / (fom.evaluate(c1) - fom.evaluate(c0));
            double beta = ln.evaluate(with(c0, lnS)) - alpha * fom.evaluate(c0);
            assertThat(alpha).as(name).isPositive();
            for (int k = 0; k < 20; k++) {
                double[] c = {0.5 + random.nextDouble(), 1 + 2 * random.nextDouble()};
                double expected = alpha * fom.evaluate(c) + beta;
                assertThat(ln.evaluate(with(c, lnS))).as(name).isCloseTo(expected, offset(1e-9 * Math.abs(expected)));
            }
        }
    }

    private static double[] with(double[] c, double lnS) {
        return new double[] {c[0], c[1], lnS};
    }

    @Test
    void theStartScaleIsTheMaximumLikelihoodOneAtTheCenter() {
        FitProblem problem = noisyLine(0.05, "log");
        SamplingLikelihood likelihood = GaussianLikelihood.forSampling(problem, new double[] {1, 2});
        double sum = 0;
        for (int i = 0; i < POINTS; i++) {
            double m = 1 + 2 * problem.dataSets().get(0).x()[i];
            sum += Math.abs(Math.log10(problem.dataSets().get(0).y()[i]) - Math.log10(m));
        }
        assertThat(likelihood.start()[2]).isCloseTo(Math.log(sum / POINTS), offset(1e-12));
        // And the value there is the minimum over s: a step either way raises it.
        Objective.Evaluator ln = likelihood.objective().newEvaluator();
        double at = ln.evaluate(with(new double[] {1, 2}, likelihood.start()[2]));
        assertThat(ln.evaluate(with(new double[] {1, 2}, likelihood.start()[2] + 0.01))).isGreaterThan(at);
        assertThat(ln.evaluate(with(new double[] {1, 2}, likelihood.start()[2] - 0.01))).isGreaterThan(at);
    }

    @Test
    void theSampledScaleIsTheNoiseTheDataWereMadeWith() {
        // 5 % Gaussian relative noise: |log10(1 + 0.05 g)| has mean 0.05 sqrt(2/pi) / ln 10 = 0.01733 (to
        // 0.1 %, the logarithm's curvature); the Laplace scale's estimate from 200 points spreads by
        // 1/sqrt(200) = 7 %, 0.0012: four of those are 0.005.
        FitProblem logFom = noisyLine(0.05, "log");
        assertThat(Math.exp(sampledMedianScale(logFom))).isCloseTo(0.05 * Math.sqrt(2 / Math.PI) / Math.log(10),
                offset(0.005));
        // Under logR2 (squares of log residuals over D = sum (log10 Y)^2) s^2 is the mean term: the log
        // residual's standard deviation 0.05 / ln 10 = 0.0217 over sqrt(D); from 200 points within 4 x 5 %.
        FitProblem squares = noisyLine(0.05, "logR2");
        double d = 0;
        for (double y : squares.dataSets().get(0).y()) {
            d += Math.log10(y) * Math.log10(y);
        }
        double expected = 0.05 / Math.log(10) / Math.sqrt(d);
        assertThat(Math.exp(sampledMedianScale(squares))).isCloseTo(expected, offset(0.2 * expected));
    }

    private static double sampledMedianScale(FitProblem problem) {
        SamplingLikelihood likelihood = GaussianLikelihood.forSampling(problem, new double[] {1, 2});
        SamplerSettings settings = new SamplerSettings(16, 2000, 500, 1, 3);
        Chain chain = EnsembleSampler.run(likelihood.objective(), settings, 2, likelihood.start(), StepListener.NONE);
        return PosteriorAnalysis.of(chain, settings, likelihood.names()).parameter("lnErrorScale").median();
    }

    @Test
    void dataWithErrorsAreSampledWithoutAnErrorScale() {
        FitProblem line = noisyLine(0.05, "log");
        DataSet d = line.dataSets().get(0);
        double[] e = new double[POINTS];
        java.util.Arrays.fill(e, 0.1);
        FitProblem withErrors = FitProblem.create(line.parameters(), List.of(), slot -> line.model(),
                List.of(d.withErrors(e)), line.figureOfMerit());

        SamplingLikelihood likelihood = GaussianLikelihood.forSampling(withErrors, new double[] {1, 2});

        assertThat(likelihood.names()).containsExactly("a", "b");
        assertThat(likelihood.errorModel()).isNull();
        assertThat(likelihood.objective().dimension()).isEqualTo(2);
    }

    @Test
    void anEnsembleNeedsTwiceTheSampledParametersTheErrorScaleCounted() {
        FitProblem bare = noisyLine(0.05, "log");
        // a and b and the error scale: 6 walkers at least.
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> GaussianLikelihood.requireWalkers(bare, 5))
                .hasMessage("walkers: 5 walkers cannot sample 3 parameters (2 free and lnErrorScale, sampled because"
                        + " a data set has no errors); the ensemble needs at least twice as many walkers as"
                        + " parameters, 6");
        GaussianLikelihood.requireWalkers(bare, 6);
        double[] e = new double[POINTS];
        java.util.Arrays.fill(e, 0.1);
        FitProblem withErrors = FitProblem.create(bare.parameters(), List.of(), slot -> bare.model(),
                List.of(bare.dataSets().get(0).withErrors(e)), bare.figureOfMerit());
        GaussianLikelihood.requireWalkers(withErrors, 4);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> GaussianLikelihood.requireWalkers(withErrors, 3))
                .hasMessageEndingWith("(2 free); the ensemble needs at least twice as many walkers as parameters, 4");
    }
}
