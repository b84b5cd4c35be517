package org.evofit.core.mcmc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;
import org.evofit.core.fit.BoxObjective;
import org.evofit.core.optim.Objective;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A straight line y = a + b x through points with Gaussian errors has, under flat priors, a Gaussian
 * posterior whose mean is the weighted least-squares solution and whose covariance is the inverse of
 * the Fisher matrix F = Σ (1, x)ᵀ(1, x)/σ². The sampler must reproduce both within their Monte-Carlo
 * errors, judged with the effective sample size.
 */
class LinearModelPosteriorTest {

    private static final int POINTS = 20;

    @ParameterizedTest
    @EnumSource(MoveMixture.class)
    void sampledMeansAndCovariancesAgreeWithTheAnalyticPosterior(MoveMixture moves) {
        double[] x = new double[POINTS];
        double[] y = new double[POINTS];
        double[] sigma = new double[POINTS];
        SplittableRandom noise = new SplittableRandom(5);
        for (int i = 0; i < POINTS; i++) {
            // x far from 0 makes intercept and slope strongly anticorrelated: a test of affine invariance.
            x[i] = 10 + i;
            sigma[i] = 0.5 + 0.05 * i;
            y[i] = 1.0 + 2.0 * x[i] + sigma[i] * noise.nextGaussian();
        }
        double f00 = 0;
        double f01 = 0;
        double f11 = 0;
        double g0 = 0;
        double g1 = 0;
        for (int i = 0; i < POINTS; i++) {
            double w = 1 / (sigma[i] * sigma[i]);
            f00 += w;
            f01 += w * x[i];
            f11 += w * x[i] * x[i];
            g0 += w * y[i];
            g1 += w * x[i] * y[i];
        }
        double det = f00 * f11 - f01 * f01;
        double[][] cov = {{f11 / det, -f01 / det}, {-f01 / det, f00 / det}};
        double[] mean = {cov[0][0] * g0 + cov[0][1] * g1, cov[1][0] * g0 + cov[1][1] * g1};
        Objective line = new BoxObjective(new double[] {-100, -100}, new double[] {100, 100}, new double[2],
                () -> p -> {
                    double chi2 = 0;
                    for (int i = 0; i < POINTS; i++) {
                        double r = (y[i] - p[0] - p[1] * x[i]) / sigma[i];
                        chi2 += r * r;
                    }
                    return chi2 / 2;
                });
        SamplerSettings settings = new SamplerSettings(32, 4000, 500, 1, 2026, moves);

        Chain chain = EnsembleSampler.run(line, settings, 2, mean, StepListener.NONE);
        Posterior posterior = PosteriorAnalysis.of(chain, settings, List.of("a", "b"));

        int first = settings.burnIn() + 1;
        for (int d = 0; d < 2; d++) {
            int k = d;
            double sd = Math.sqrt(cov[d][d]);
            double[] m = Targets.meanWithError(chain, first, v -> v[k]);
            assertThat(m[1]).isLessThan(sd / 10);
            assertThat(m[0]).isCloseTo(mean[d], org.assertj.core.data.Offset.offset(4 * m[1]));
            // Var(x - mean) from the samples: the mean of (x - mean)², with its own Monte-Carlo error.
            double[] v = Targets.meanWithError(chain, first, s -> (s[k] - mean[k]) * (s[k] - mean[k]));
            assertThat(v[0]).isCloseTo(cov[d][d], org.assertj.core.data.Offset.offset(4 * v[1]));
            assertThat(posterior.parameters().get(d).ess()).isGreaterThan(1000);
        }
        double[] c = Targets.meanWithError(chain, first, s -> (s[0] - mean[0]) * (s[1] - mean[1]));
        assertThat(c[0]).isCloseTo(cov[0][1], org.assertj.core.data.Offset.offset(4 * c[1]));
        double rho = cov[0][1] / Math.sqrt(cov[0][0] * cov[1][1]);
        assertThat(rho).isLessThan(-0.9);
        assertThat(posterior.correlation()[0][1]).isCloseTo(rho, org.assertj.core.data.Offset.offset(0.01));
        // The 68 % interval of a Gaussian is mean ± sd.
        ParameterPosterior b = posterior.parameter("b");
        double sdB = Math.sqrt(cov[1][1]);
        assertThat(b.high68() - b.low68()).isCloseTo(2 * sdB, org.assertj.core.data.Offset.offset(0.1 * sdB));
        assertThat(b.high95() - b.low95()).isCloseTo(2 * 1.95996 * sdB,
                org.assertj.core.data.Offset.offset(0.2 * sdB));
        assertThat(posterior.acceptance()).isBetween(0.2, 0.9);
        assertThat(posterior.warnings()).isEmpty();
        for (ParameterPosterior p : posterior.parameters()) {
            assertThat(p.rHat()).isBetween(0.99, 1.05);
        }
    }
}
