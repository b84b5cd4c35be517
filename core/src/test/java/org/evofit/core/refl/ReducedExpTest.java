package org.evofit.core.refl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The magnetic kernel's complex exponential of any argument against {@link StrictMath}. */
class ReducedExpTest {

    /** |exp(x + i·y) − (re + i·im)| over |exp(x + i·y)|, the reference in StrictMath. */
    private static double error(double x, double y) {
        double[] re = new double[1];
        double[] im = new double[1];
        ReducedExp.into(x, y, re, im, 0);
        double m = StrictMath.exp(x);
        double er = re[0] - m * StrictMath.cos(y);
        double ei = im[0] - m * StrictMath.sin(y);
        return Math.hypot(er, ei) / m;
    }

    @Test
    void withinTheSeriesRangeItIsTheSeries() {
        double[] re = new double[1];
        double[] im = new double[1];
        ReducedExp.into(0.01, -0.015, re, im, 0);
        double f = KernelMath.expSmall(0.01);
        assertThat(re[0]).isEqualTo(f * KernelMath.cosSmall(-0.015));
        assertThat(im[0]).isEqualTo(f * KernelMath.sinSmall(-0.015));
    }

    @Test
    void beyondItTheErrorGrowsWithTheArgumentAsTheSquaringsDouble() {
        SplittableRandom rnd = new SplittableRandom(7);
        double near = 0;
        double perSize = 0;
        for (int i = 0; i < 200_000; i++) {
            double scale = Math.pow(10, rnd.nextDouble(-2, 2.5));
            double x = rnd.nextDouble(-1, 1) * scale;
            double y = rnd.nextDouble(-1, 1) * scale;
            if (Math.abs(x) < 700) {
                double e = error(x, y);
                double size = Math.hypot(x, y);
                near = size < 4.5 ? Math.max(near, e) : near;
                perSize = Math.max(perSize, e / Math.max(size, KernelMath.EXP_SMALL_LIMIT) / Math.ulp(1.0));
            }
        }
        // Up to 3 divisions by 8 below |argument| 4.5 (9 squarings); in general 8^n < 512·|argument| / range.
        assertThat(near).as("worst relative error %.3g", near).isLessThan(5e-13);
        assertThat(perSize).as("worst error per size of argument %.1f ulp", perSize).isLessThan(2048);
    }

    @Test
    void nanStaysNanAndAnOverflowingFactorIsInfinite() {
        double[] re = new double[1];
        double[] im = new double[1];
        ReducedExp.into(Double.NaN, 0, re, im, 0);
        assertThat(re[0]).isNaN();
        ReducedExp.into(800, 0, re, im, 0);
        assertThat(re[0]).isInfinite();
        ReducedExp.into(-800, 0, re, im, 0);
        assertThat(re[0]).isZero();
    }

    @Test
    void aNearlyRealArgumentTakesTwoTermsOfTheCosineAndSineAsAccurately() {
        SplittableRandom rnd = new SplittableRandom(11);
        double[] re = new double[1];
        double[] im = new double[1];
        double worst = 0;
        for (int i = 0; i < 100_000; i++) {
            double x = rnd.nextDouble(-1, 1) * KernelMath.EXP_SMALL_LIMIT;
            double y = rnd.nextDouble(-1, 1) * ReducedExp.TINY_ANGLE * Math.pow(10, -rnd.nextDouble(0, 8));
            ReducedExp.intoNearlyReal(x, y, re, im, 0);
            double m = StrictMath.exp(x);
            worst = Math.max(worst, Math.hypot(re[0] - m * StrictMath.cos(y), im[0] - m * StrictMath.sin(y)) / m);
        }
        assertThat(worst).as("worst relative error %.3g", worst).isLessThanOrEqualTo(2 * Math.ulp(1.0));
        // Beyond the tiny angle, or with x beyond the series' range, it is ReducedExp.into.
        double[] plainRe = new double[1];
        double[] plainIm = new double[1];
        for (double[] xy : new double[][] {{0.01, 2 * ReducedExp.TINY_ANGLE}, {0.1, 1e-6}, {-3, 0}}) {
            ReducedExp.intoNearlyReal(xy[0], xy[1], re, im, 0);
            ReducedExp.into(xy[0], xy[1], plainRe, plainIm, 0);
            assertThat(re[0]).isEqualTo(plainRe[0]);
            assertThat(im[0]).isEqualTo(plainIm[0]);
        }
        double y = 1e-6;
        ReducedExp.intoNearlyReal(0.01, y, re, im, 0);
        assertThat(re[0]).isEqualTo(KernelMath.expSmall(0.01) * Math.fma(y * y, -0.5, 1));
    }
}
