package org.evofit.core.mcmc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import org.evofit.core.optim.Objective;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Targets whose exact answers are known and which defeat naive samplers: two separated modes of
 * unequal weight, and a curved (banana) valley. Tolerances are four Monte-Carlo standard errors,
 * each from its own quantity's autocorrelation time.
 */
class MultimodalAndCurvedTargetsTest {

    @ParameterizedTest
    @EnumSource(MoveMixture.class)
    void twoSeparatedModesAreVisitedInProportionToTheirWeights(MoveMixture moves) {
        // 0.25 N((-4, -4), 0.5² I) + 0.75 N((4, 4), 0.5² I): the modes are 16 standard deviations apart.
        Objective twoModes = Targets.box(2, -10, 10, v -> {
            double a = sq(v[0] + 4) + sq(v[1] + 4);
            double b = sq(v[0] - 4) + sq(v[1] - 4);
            return -Math.log(0.25 * Math.exp(-a / 0.5) + 0.75 * Math.exp(-b / 0.5));
        });
        SamplerSettings settings = new SamplerSettings(32, 20000, 2000, 1, 11, moves);

        Chain chain = EnsembleSampler.advance(twoModes, settings, 2,
                EnsembleSampler.startFromPrior(twoModes, settings, 2), StepListener.NONE);

        double[] upper = Targets.meanWithError(chain, settings.burnIn() + 1, v -> v[0] > 0 ? 1 : 0);
        assertThat(upper[1]).isLessThan(0.03);
        assertThat(upper[0]).isCloseTo(0.75, offset(4 * upper[1]));
        // Within the upper mode the spread is the mode's own: 0.5 per coordinate.
        double[] spread = Targets.meanWithError(chain, settings.burnIn() + 1,
                v -> v[0] > 0 ? sq(v[0] - 4) : 0.25);
        assertThat(spread[0]).isCloseTo(0.25, offset(4 * spread[1]));
    }

    @ParameterizedTest
    @EnumSource(MoveMixture.class)
    void aCurvedValleyIsSampledWithItsExactMoments(MoveMixture moves) {
        // x ~ N(0, 1) and y | x ~ N(x², 0.1²): E[y] = 1, Var[y] = 0.01 + Var[x²] = 2.01, E[x] = 0, and
        // y follows x² along a thin parabola, which a sampler with fixed axis-aligned steps crawls along.
        Objective banana = Targets.box(2, -20, 40, v -> 0.5 * (sq(v[0]) + sq((v[1] - v[0] * v[0]) / 0.1)));
        SamplerSettings settings = new SamplerSettings(32, 20000, 2000, 1, 12, moves);

        Chain chain = EnsembleSampler.run(banana, settings, 2, new double[] {0, 0}, StepListener.NONE);

        int first = settings.burnIn() + 1;
        double[] meanX = Targets.meanWithError(chain, first, v -> v[0]);
        double[] meanY = Targets.meanWithError(chain, first, v -> v[1]);
        double[] varX = Targets.meanWithError(chain, first, v -> sq(v[0]));
        double[] varY = Targets.meanWithError(chain, first, v -> sq(v[1] - 1));
        double[] tail = Targets.meanWithError(chain, first, v -> Math.abs(v[0]) > 2 ? 1 : 0);
        assertThat(meanX[0]).isCloseTo(0, offset(4 * meanX[1]));
        assertThat(meanY[0]).isCloseTo(1, offset(4 * meanY[1]));
        assertThat(varX[0]).isCloseTo(1, offset(4 * varX[1]));
        assertThat(varY[0]).isCloseTo(2.01, offset(4 * varY[1]));
        // P(|x| > 2) = 0.0455 for a standard normal: the valley's far arms are reached.
        assertThat(tail[0]).isCloseTo(0.0455, offset(4 * tail[1]));
        assertThat(varY[1]).isLessThan(0.3);
    }

    private static double sq(double v) {
        return v * v;
    }
}
