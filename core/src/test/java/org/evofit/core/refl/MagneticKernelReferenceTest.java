package org.evofit.core.refl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The block-wise {@link MagneticKernel} against {@link StraightMagneticKernel}, the same physics
 * written one Q value at a time with Math's exp and trigonometric functions, on random stacks that
 * take every shortcut the fast kernel has and every one it must not take: non-magnetic layers (one
 * root for both channels), collinear neighbours (no spin-flip terms), sharp interfaces, layers of zero
 * thickness, a magnetic fronting medium, fields along and across Q, and Q ranges that start and end
 * inside a block. Both must agree to 1e-10 relative where R > 1e-12 (1e-22 absolute below), the
 * accuracy the ORSO polarised test asks of the kernel.
 */
class MagneticKernelReferenceTest {

    @ParameterizedTest(name = "{0}")
    @EnumSource(MagneticImplementation.class)
    void agreesWithTheStraightforwardKernelOnRandomStacks(MagneticImplementation implementation) {
        SplittableRandom rnd = new SplittableRandom(20261205);
        double worst = 0;
        for (int trial = 0; trial < 60; trial++) {
            MagneticSlabs stack = stack(rnd, 2 + rnd.nextInt(40));
            double field = rnd.nextInt(3) == 0 ? 0 : rnd.nextDouble(0, 2);
            double aguide = rnd.nextInt(3) == 0 ? 90 : rnd.nextDouble(0, 360);
            double[] q = points(rnd, 1 + rnd.nextInt(300));
            int from = rnd.nextInt(Math.min(q.length, 20));
            SpinChannels fast = SpinChannels.ofLength(q.length);
            MagneticKernel.reflectivity(stack, aguide, field, q, from, q.length, fast,
                    new MagneticWorkspace(implementation));
            SpinChannels straight = StraightMagneticKernel.reflectivity(stack, aguide, field, q);
            for (int c = 0; c < 4; c++) {
                for (int i = from; i < q.length; i++) {
                    double d = deviation(fast.get(c)[i], straight.get(c)[i]);
                    assertThat(d).as("trial %d channel %d at Q=%s: %s against %s", trial, c, q[i],
                            fast.get(c)[i], straight.get(c)[i]).isLessThanOrEqualTo(1e-10);
                    worst = Math.max(worst, d);
                }
                for (int i = 0; i < from; i++) {
                    assertThat(fast.get(c)[i]).as("left alone before 'from'").isZero();
                }
            }
        }
        System.out.printf("block-wise (%s) against straightforward magnetic kernel: worst %.2e%n",
                implementation.label(), worst);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(MagneticImplementation.class)
    void oneWorkspaceServesStacksOfEverySizeInTurn(MagneticImplementation implementation) {
        SplittableRandom rnd = new SplittableRandom(7);
        MagneticWorkspace ws = new MagneticWorkspace(implementation);
        double[] q = points(rnd, 150);
        for (int layers : new int[] {30, 3, 12, 2, 30}) {
            MagneticSlabs stack = stack(rnd, layers);
            SpinChannels fast = SpinChannels.ofLength(q.length);
            MagneticKernel.reflectivity(stack, 30, 1, q, 0, q.length, fast, ws);
            SpinChannels straight = StraightMagneticKernel.reflectivity(stack, 30, 1, q);
            for (int c = 0; c < 4; c++) {
                for (int i = 0; i < q.length; i++) {
                    assertThat(deviation(fast.get(c)[i], straight.get(c)[i])).isLessThanOrEqualTo(1e-10);
                }
            }
        }
    }

    /** Q from 0 to 0.4 Å⁻¹, some negative, some exactly zero, sorted or not. */
    static double[] points(SplittableRandom rnd, int n) {
        double[] q = new double[n];
        for (int i = 0; i < n; i++) {
            int kind = rnd.nextInt(20);
            q[i] = kind == 0 ? 0 : kind == 1 ? -rnd.nextDouble(0, 0.4) : rnd.nextDouble(1e-4, 0.4);
        }
        return q;
    }

    /** A random stack of n layers in which each shortcut of the fast kernel comes up now and then. */
    static MagneticSlabs stack(SplittableRandom rnd, int n) {
        double sharedAngle = rnd.nextDouble(0, 360);
        boolean collinear = rnd.nextInt(4) == 0;
        List<MagneticLayer> rows = new ArrayList<>();
        for (int j = 0; j < n; j++) {
            rows.add(new MagneticLayer(rnd.nextInt(10) > 0 ? rnd.nextDouble(2, 150) : 0,
                    j == 0 && rnd.nextBoolean() ? 0 : rnd.nextDouble(-1, 9),
                    rnd.nextBoolean() ? rnd.nextDouble(0, 0.5) : 0,
                    collinear ? sharedAngle : rnd.nextDouble(0, 360),
                    rnd.nextInt(3) == 0 || j == 0 && rnd.nextInt(4) > 0 ? 0 : rnd.nextDouble(0, 4),
                    rnd.nextInt(4) > 0 ? rnd.nextDouble(0, 10) : 0));
        }
        return MagneticSlabs.fromLayers(rows);
    }

    /** Relative deviation where the reference exceeds 1e-12; below, the absolute one scaled to 1e-22 = 1e-10. */
    private static double deviation(double actual, double expected) {
        if (Math.abs(expected) > 1e-12) {
            return Math.abs(actual - expected) / Math.abs(expected);
        }
        double absolute = Math.abs(actual - expected);
        return Double.isNaN(absolute) ? Double.POSITIVE_INFINITY : absolute / 1e-22 * 1e-10;
    }
}
