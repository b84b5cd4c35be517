package org.evofit.core.refl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The vector magnetic kernel ({@link MagneticImplementation#VECTOR}) against the scalar one on random
 * non-collinear, absorbing, rough stacks (those of {@link MagneticKernelReferenceTest}, which take every
 * shortcut of the kernel), with and without a field, at point counts from 1 to 1000 that are mostly not
 * a multiple of the lane count and ranges that start inside a block. The two do the same operations in
 * the same order, so they must agree to the bit: a fit may then switch from one to the other once the
 * vector code has been compiled without its result depending on when.
 */
class VectorMagneticKernelTest {

    @Test
    void givesTheScalarKernelsBitsOnRandomStacks() {
        SplittableRandom rnd = new SplittableRandom(20261206);
        MagneticWorkspace vector = new MagneticWorkspace(MagneticImplementation.VECTOR);
        MagneticWorkspace scalar = new MagneticWorkspace(MagneticImplementation.SCALAR);
        int[] counts = {1, 2, 3, 7, 9, 15, 63, 65, 129, 333, 999, 1000};
        for (int trial = 0; trial < 48; trial++) {
            MagneticSlabs stack = MagneticKernelReferenceTest.stack(rnd, 2 + rnd.nextInt(40));
            double field = trial % 2 == 0 ? 0 : rnd.nextDouble(0.01, 2);
            double aguide = rnd.nextInt(3) == 0 ? 90 : rnd.nextDouble(0, 360);
            double[] q = MagneticKernelReferenceTest.points(rnd, counts[trial % counts.length]);
            int from = rnd.nextInt(Math.min(q.length, 20));
            SpinChannels fast = SpinChannels.ofLength(q.length);
            SpinChannels plain = SpinChannels.ofLength(q.length);
            MagneticKernel.reflectivity(stack, aguide, field, q, from, q.length, fast, vector);
            MagneticKernel.reflectivity(stack, aguide, field, q, from, q.length, plain, scalar);
            for (int c = 0; c < 4; c++) {
                assertThat(fast.get(c)).as("trial %d (%d layers, %d points, field %s T), channel %d", trial,
                        stack.layerCount(), q.length, field, c).containsExactly(plain.get(c));
            }
        }
    }

    @Test
    void aJvmWithoutTheVectorModuleIsToldWhatOptionItNeeds() {
        assertThat(MagneticImplementation.PRODUCTION).isEqualTo(MagneticImplementation.SCALAR);
        if (MagneticImplementation.VECTOR.available()) {
            return;
        }
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new MagneticWorkspace(MagneticImplementation.VECTOR))
                .hasMessageContaining("--add-modules jdk.incubator.vector");
    }
}
