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
        ReducedExp.into(x, y, re, 0, im, 0);
        return deviation(x, y, re[0], im[0]);
    }

    /** |exp(x + i·y) − (re + i·im)| over |exp(x + i·y)|, the reference in StrictMath. */
    private static double deviation(double x, double y, double re, double im) {
        double m = StrictMath.exp(x);
        return Math.hypot(re - m * StrictMath.cos(y), im - m * StrictMath.sin(y)) / m;
    }

    @Test
    void withinTheSeriesRangeItIsTheSeries() {
        double[] re = new double[1];
        double[] im = new double[1];
        ReducedExp.into(0.01, -0.015, re, 0, im, 0);
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
        ReducedExp.into(Double.NaN, 0, re, 0, im, 0);
        assertThat(re[0]).isNaN();
        ReducedExp.into(800, 0, re, 0, im, 0);
        assertThat(re[0]).isInfinite();
        ReducedExp.into(-800, 0, re, 0, im, 0);
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
            ReducedExp.intoNearlyReal(x, y, re, 0, im, 0);
            double m = StrictMath.exp(x);
            worst = Math.max(worst, Math.hypot(re[0] - m * StrictMath.cos(y), im[0] - m * StrictMath.sin(y)) / m);
        }
        assertThat(worst).as("worst relative error %.3g", worst).isLessThanOrEqualTo(2 * Math.ulp(1.0));
        // Beyond the tiny angle, or with x beyond the series' range, it is ReducedExp.into.
        double[] plainRe = new double[1];
        double[] plainIm = new double[1];
        for (double[] xy : new double[][] {{0.01, 2 * ReducedExp.TINY_ANGLE}, {0.1, 1e-6}, {-3, 0}}) {
            ReducedExp.intoNearlyReal(xy[0], xy[1], re, 0, im, 0);
            ReducedExp.into(xy[0], xy[1], plainRe, 0, plainIm, 0);
            assertThat(re[0]).isEqualTo(plainRe[0]);
            assertThat(im[0]).isEqualTo(plainIm[0]);
        }
        double y = 1e-6;
        ReducedExp.intoNearlyReal(0.01, y, re, 0, im, 0);
        assertThat(re[0]).isEqualTo(KernelMath.expSmall(0.01) * Math.fma(y * y, -0.5, 1));
    }

    @Test
    void theWideSeriesIsAsAccurateWithinItsRangeAndRoundsLessBeyond() {
        SplittableRandom rnd = new SplittableRandom(13);
        double[] re = new double[1];
        double[] im = new double[1];
        double within = 0;
        double beyond = 0;
        double plain = 0;
        for (int i = 0; i < 200_000; i++) {
            boolean inRange = i % 2 == 0;
            double scale = inRange ? ReducedExp.WIDE_LIMIT : Math.pow(10, rnd.nextDouble(-0.9, 0.65));
            double x = rnd.nextDouble(-1, 1) * scale;
            double y = rnd.nextDouble(-1, 1) * scale;
            ReducedExp.intoWide(x, y, re, 0, im, 0);
            double e = deviation(x, y, re[0], im[0]);
            if (inRange) {
                within = Math.max(within, e);
            } else {
                beyond = Math.max(beyond, e);
                plain = Math.max(plain, error(x, y));
            }
        }
        // Within 1/8 no squaring: a few roundings of the series; beyond (|argument| up to 6.3) at most two
        // divisions, one fewer than ReducedExp.into takes there.
        assertThat(within).as("worst relative error within the range %.3g", within).isLessThan(4 * Math.ulp(1.0));
        assertThat(beyond).as("worst relative error beyond %.3g", beyond).isLessThan(plain);
        ReducedExp.intoWide(0.1, -0.12, re, 0, im, 0);
        double z = 0.12 * 0.12;
        double cos = Math.fma(z, Math.fma(z, Math.fma(z, Math.fma(z, Math.fma(z, ReducedExp.C10, KernelMath.C8),
                KernelMath.C6), KernelMath.C4), ReducedExp.C2), 1);
        assertThat(re[0]).as("within the range it is the series").isEqualTo(ReducedExp.expWide(0.1) * cos);
        assertThat(ReducedExp.expWide(0.125)).isCloseTo(StrictMath.exp(0.125), org.assertj.core.data.Offset.offset(
                2 * Math.ulp(1.0)));
    }
}
