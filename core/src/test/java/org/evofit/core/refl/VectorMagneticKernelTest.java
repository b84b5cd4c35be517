package org.evofit.core.refl;

import static org.assertj.core.api.Assertions.assertThat;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The vector magnetic kernel ({@link MagneticImplementation#VECTOR}) against the scalar one on random
 * non-collinear, absorbing, rough stacks (those of {@link MagneticKernelReferenceTest}, which take every
 * shortcut of the kernel), with and without a field, at point counts from 1 to 1000 that are mostly not
 * a multiple of the lane count and ranges that start inside a block. The two do the same operations in
 * the same order, so they must agree to the bit: a fit switches from one to the other once the vector
 * code has been compiled ({@link MagneticWarmUp}) without its result depending on when.
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
    void fitsSwitchToTheVectorStepsOnceTheWarmUpHasSeenThemCompiledAndKeepTheBits() throws InterruptedException {
        assumeTrue(MagneticImplementation.VECTOR.available(), "the JVM lacks module jdk.incubator.vector");
        SplittableRandom rnd = new SplittableRandom(7);
        MagneticSlabs stack = MagneticKernelReferenceTest.stack(rnd, 30);
        double[] q = MagneticKernelReferenceTest.points(rnd, 200);
        MagneticWorkspace fit = MagneticWorkspace.switchingAfterWarmUp();
        SpinChannels early = SpinChannels.ofLength(q.length);
        MagneticKernel.reflectivity(stack, 5, 0.5, q, 0, q.length, early, fit);

        // The event the switch waits for; the bound only keeps a broken warm-up from hanging the build.
        assertThat(MagneticWarmUp.start().await(10, TimeUnit.MINUTES)).isTrue();
        assertThat(MagneticWarmUp.start().vectorFaster()).as("the compiled vector steps beat the scalar ones").isTrue();
        assertThat(fit.steps(0)).isSameAs(VectorMagneticSteps.VECTOR);
        SpinChannels late = SpinChannels.ofLength(q.length);
        MagneticKernel.reflectivity(stack, 5, 0.5, q, 0, q.length, late, fit);
        SpinChannels scalar = SpinChannels.ofLength(q.length);
        MagneticKernel.reflectivity(stack, 5, 0.5, q, 0, q.length, scalar,
                new MagneticWorkspace(MagneticImplementation.SCALAR));
        for (int c = 0; c < 4; c++) {
            assertThat(early.get(c)).as("channel %d before the switch", c).containsExactly(scalar.get(c));
            assertThat(late.get(c)).as("channel %d after it", c).containsExactly(scalar.get(c));
        }
    }

    @Test
    void aJvmWithoutTheVectorModuleIsToldWhatOptionItNeeds() {
        if (MagneticImplementation.VECTOR.available()) {
            return;
        }
        assertThat(MagneticImplementation.PRODUCTION).isEqualTo(MagneticImplementation.SCALAR);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new MagneticWorkspace(MagneticImplementation.VECTOR))
                .hasMessageContaining("--add-modules jdk.incubator.vector");
    }
}
