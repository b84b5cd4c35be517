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
import org.evofit.core.param.Parameter;
import org.junit.jupiter.api.Test;

/**
 * Data without errors are sampled with an error scale: σ = s |model|. Data made with a 5 % relative
 * Gaussian noise must give s ≈ 0.05, within what 200 points allow (relative standard deviation
 * 1/sqrt(2N) = 5 %).
 */
class ErrorScaleTest {

    private static final int POINTS = 200;

    private static FitProblem noisyLine(double relative) {
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
                slot -> model, List.of(DataSet.of("line", x, y)), FiguresOfMerit.byName("log", NonFinitePolicy.FAIL));
    }

    @Test
    void theLikelihoodOfAPointWithoutErrorsCountsTheLogOfItsScaledError() {
        FitProblem problem = noisyLine(0.05);
        SamplingLikelihood likelihood = GaussianLikelihood.forSampling(problem, new double[] {1, 2});

        double lnS = Math.log(0.1);
        double value = likelihood.objective().newEvaluator().evaluate(new double[] {1, 2, lnS});

        double expected = 0;
        for (int i = 0; i < POINTS; i++) {
            double m = 1 + 2 * problem.dataSets().get(0).x()[i];
            double sigma = 0.1 * m;
            double r = (problem.dataSets().get(0).y()[i] - m) / sigma;
            expected += 0.5 * r * r + Math.log(sigma);
        }
        assertThat(value).isCloseTo(expected, offset(1e-9 * Math.abs(expected)));
        assertThat(likelihood.names()).containsExactly("a", "b", GaussianLikelihood.ERROR_SCALE);
        assertThat(likelihood.errorModel()).contains("data set line has no errors").contains("s x |model|");
        // The start of ln s is the root mean square relative residual at the center: about ln 0.05.
        assertThat(likelihood.start()[2]).isCloseTo(Math.log(0.05), offset(0.2));
    }

    @Test
    void theSampledErrorScaleIsTheNoiseTheDataWereMadeWith() {
        FitProblem problem = noisyLine(0.05);
        SamplingLikelihood likelihood = GaussianLikelihood.forSampling(problem, new double[] {1, 2});
        SamplerSettings settings = new SamplerSettings(16, 2000, 500, 1, 3);

        Chain chain = EnsembleSampler.run(likelihood.objective(), settings, 2, likelihood.start(), StepListener.NONE);
        double median = PosteriorAnalysis.of(chain, settings, likelihood.names()).parameter("lnErrorScale").median();

        // 4 standard deviations of the estimate from 200 points: 4 x 0.05 / sqrt(400) = 0.01.
        assertThat(Math.exp(median)).isCloseTo(0.05, offset(0.01));
    }

    @Test
    void dataWithErrorsAreSampledWithoutAnErrorScale() {
        FitProblem line = noisyLine(0.05);
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
}
