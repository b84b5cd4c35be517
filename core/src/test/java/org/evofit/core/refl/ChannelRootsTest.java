package org.evofit.core.refl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The magnetic kernel's channel wavevectors, against their definition: k² = re + i·im with Im k ≥ 0. */
class ChannelRootsTest {

    private static final int B = MagneticWorkspace.BLOCK;

    /** A signed |re| from 1e-10 to 0.1 and an absorption from 1e-12 to 1e-5, log-uniform: both sides of the limit. */
    private static double[] sample(SplittableRandom rnd) {
        double re = Math.pow(10, rnd.nextDouble(-10, -1)) * (rnd.nextBoolean() ? 1 : -1);
        return new double[] {re, Math.pow(10, rnd.nextDouble(-12, -5))};
    }

    /** The larger of |Re k² − re|/|z| and |Im k² − im|/im, k at k[at] and k[at + B]. */
    private static double residual(double[] k, int at, double re, double im) {
        double kr = k[at];
        double ki = k[at + B];
        assertThat(ki).as("Im k of %s + i·%s", re, im).isGreaterThanOrEqualTo(0);
        double real = Math.fma(kr, kr, -ki * ki) - re;
        double imag = 2 * kr * ki - im;
        return Math.max(Math.abs(real) / Math.hypot(re, im), Math.abs(imag) / im);
    }

    @Test
    void bothChannelsSquareToTheirArgumentOnEitherSideOfTheSeriesRange() {
        SplittableRandom rnd = new SplittableRandom(11);
        double[] k = new double[4 * B];
        double worst = 0;
        int series = 0;
        int textbook = 0;
        for (int n = 0; n < 200_000; n++) {
            double[] z0 = sample(rnd);
            double re1 = sample(rnd)[0];
            double im = z0[1];
            ChannelRoots.pair(z0[0], re1, im, k, 3);
            worst = Math.max(worst, residual(k, 3, z0[0], im));
            worst = Math.max(worst, residual(k, 2 * B + 3, re1, im));
            ChannelRoots.single(re1, im, k, 5);
            worst = Math.max(worst, residual(k, 5, re1, im));
            if (im / Math.abs(z0[0]) <= ChannelRoots.LIMIT) {
                series++;
            } else {
                textbook++;
            }
        }
        System.out.printf("channel roots: worst residual %.3g (%d by the series, %d by the textbook formula)%n",
                worst, series, textbook);
        assertThat(series).isGreaterThan(50_000);
        assertThat(textbook).isGreaterThan(50_000);
        assertThat(worst).isLessThan(2e-15);
    }

    @Test
    void withVanishingAbsorptionItIsTheRealRootAboveTheEdgeAndTheImaginaryOneBelow() {
        double[] k = new double[4 * B];
        ChannelRoots.pair(0.25, -0.0625, 1e-20, k, 0);
        assertThat(k[0]).isEqualTo(0.5);
        assertThat(k[2 * B + B]).as("below its edge the channel is evanescent").isEqualTo(0.25);
    }
}
