package org.evofit.core.refl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The kernel's exp and cosine–sine pair against {@link StrictMath}. */
class KernelMathTest {

    private static double ulps(double actual, double expected) {
        return Math.abs(actual - expected) / Math.ulp(expected);
    }

    @Test
    void expIsWithinTwoUlpsOverTheWholeRange() {
        SplittableRandom rnd = new SplittableRandom(1);
        double worst = 0;
        for (int i = 0; i < 200_000; i++) {
            double x = rnd.nextDouble(-745, 709.7);
            worst = Math.max(worst, ulps(KernelMath.exp(x), StrictMath.exp(x)));
        }
        for (int i = 0; i < 200_000; i++) {
            double x = rnd.nextDouble(-1, 1) * Math.pow(10, rnd.nextInt(-12, 1));
            worst = Math.max(worst, ulps(KernelMath.exp(x), StrictMath.exp(x)));
        }
        assertThat(worst).as("worst error %.2f ulp", worst).isLessThanOrEqualTo(2);
        assertThat(KernelMath.exp(0)).isEqualTo(1);
        assertThat(KernelMath.exp(-800)).isZero();
        assertThat(KernelMath.exp(800)).isInfinite();
        assertThat(KernelMath.exp(Double.NaN)).isNaN();
    }

    @Test
    void cosineAndSineAreAccurateToAFewUlpsOfOne() {
        // Errors are measured against the functions' scale (ulp of 1): near a zero of sin or cos
        // the relative error of any double-precision argument reduction is unbounded.
        SplittableRandom rnd = new SplittableRandom(4);
        double worst = 0;
        for (int i = 0; i < 400_000; i++) {
            double x = rnd.nextDouble(-1, 1) * Math.pow(10, rnd.nextInt(-8, 6));
            if (Math.abs(x) > KernelMath.CIS_LIMIT) {
                continue;
            }
            int index = KernelMath.cisIndex(x);
            double r = KernelMath.cisReduce(x);
            assertThat(Math.abs(r)).isLessThanOrEqualTo(Math.PI / 64 * (1 + 1e-12));
            worst = Math.max(worst, Math.abs(KernelMath.cosOf(r, index) - StrictMath.cos(x)) / Math.ulp(1.0));
            worst = Math.max(worst, Math.abs(KernelMath.sinOf(r, index) - StrictMath.sin(x)) / Math.ulp(1.0));
        }
        assertThat(worst).as("worst error %.2f ulp of 1", worst).isLessThanOrEqualTo(4);
    }

    @Test
    void smallAnglesKeepTheirRelativeAccuracy() {
        for (double x = 1e-300; x < 0.04; x *= 3.7) {
            for (double angle : new double[] {x, -x}) {
                int index = KernelMath.cisIndex(angle);
                double r = KernelMath.cisReduce(angle);
                assertThat(ulps(KernelMath.sinOf(r, index), StrictMath.sin(angle))).as("sin %s", angle)
                        .isLessThanOrEqualTo(1);
                assertThat(ulps(KernelMath.cosOf(r, index), StrictMath.cos(angle))).as("cos %s", angle)
                        .isLessThanOrEqualTo(1);
            }
        }
    }
}
