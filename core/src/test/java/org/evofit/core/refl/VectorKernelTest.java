package org.evofit.core.refl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The vector kernel gives the sequence kernel's numbers bit for bit: on random absorbing, rough
 * stacks at point counts that fill no vector and no block exactly, on repeated layers, where lanes
 * leave the fast exp and angle reduction, and where a layer equals the fronting medium.
 */
class VectorKernelTest {

    private static void assertSameBits(LayerSequence stack, double[] q, String what) {
        double[] scalar = new double[q.length];
        double[] vector = new double[q.length];
        SequenceKernel.reflectivity(stack, q, scalar, new SequenceKernel.Workspace());
        KernelImplementation.VECTOR.newKernel().reflectivity(stack, q, vector);
        for (int i = 0; i < q.length; i++) {
            assertThat(Double.doubleToRawLongBits(vector[i])).as("%s, Q = %s: vector %s, scalar %s", what, q[i],
                    vector[i], scalar[i]).isEqualTo(Double.doubleToRawLongBits(scalar[i]));
        }
    }

    /** Q values in random order and sign, zero among them, so lanes of one vector take different branches. */
    private static double[] randomQ(SplittableRandom rnd, int n) {
        double[] q = new double[n];
        for (int i = 0; i < n; i++) {
            q[i] = (rnd.nextBoolean() ? 1 : -1) * rnd.nextDouble(0, 0.6);
        }
        if (n > 2) {
            q[n / 2] = 0;
        }
        return q;
    }

    @Test
    void randomAbsorbingRoughStacksGiveTheSequenceKernelsBits() {
        SplittableRandom rnd = new SplittableRandom(17);
        for (int points : new int[] {1, 3, 7, 8, 63, 64, 65, 129, 1000}) {
            for (int layers : new int[] {2, 3, 10, 41}) {
                LayerSequence stack = LayerSequence.of(BenchStacks.random(layers, rnd.nextLong()));
                assertSameBits(stack, randomQ(rnd, points), layers + " layers, " + points + " points");
            }
        }
    }

    @Test
    void orderedGridsAndRealPotentialsGiveTheSameBits() {
        SlabStack clear = BenchStacks.random(40, 5);
        java.util.Arrays.fill(clear.uIm(), 0);
        assertSameBits(LayerSequence.of(clear), BenchStacks.linear(0, 0.5, 1000), "non-absorbing");
        assertSameBits(LayerSequence.of(BenchStacks.random(40, 6)), BenchStacks.linear(0.005, 0.5, 1000), "absorbing");
    }

    @Test
    void repeatedLayersGiveTheSameBits() {
        assertSameBits(BenchStacks.periodic(2, 2, 19, 2, 8), BenchStacks.linear(0.001, 0.4, 333), "2 + 2x19 + 2");
        assertSameBits(BenchStacks.periodic(0, 3, 70, 1, 9), BenchStacks.linear(0.001, 0.4, 77), "3x70 + 1");
    }

    @Test
    void lanesBeyondTheFastExpAndReductionGiveTheSameBits() {
        // A 1 mm slab: below its critical edge exp(−2 kz d) underflows (beyond the fast exp's range) and above
        // it the phase 2 kz d exceeds the fast reduction's limit; the Q grid mixes such lanes with ordinary ones.
        double u = SlabStack.SLD_TO_U;
        LayerSequence stack = new LayerSequence(4);
        stack.setLayer(0, 0, 0, 0);
        stack.setLayer(1, 4 * u, 0.3 * u, 1e7);
        stack.setLayer(2, 2 * u, 0.01 * u, 30);
        stack.setLayer(3, 6 * u, 0, 0);
        stack.clear();
        stack.append(0, 0);
        stack.append(2, 3);
        stack.append(1, 4);
        stack.append(3, 2);
        assertSameBits(stack, BenchStacks.linear(0, 0.2, 200), "thick slab");
    }

    @Test
    void aLayerEqualToTheFrontingMediumGivesTheSameBits() {
        // Its wavevector is k0 itself, and at Q = 0 both media's are zero: the Fresnel fraction's 0/0 shortcut.
        double u = SlabStack.SLD_TO_U;
        LayerSequence stack = new LayerSequence(3);
        stack.setLayer(0, 0, 0, 0);
        stack.setLayer(1, 3 * u, 0.02 * u, 40);
        stack.setLayer(2, 2 * u, 0, 0);
        stack.clear();
        stack.append(0, 0);
        stack.append(0, 0);
        stack.append(1, 3);
        stack.append(0, 0);
        stack.append(2, 5);
        stack.setLayer(0, 0, 0, 25);
        assertSameBits(stack, BenchStacks.linear(0, 0.3, 90), "vacuum slabs");
    }

    @Test
    void fitsSwitchToTheVectorKernelOnceTheWarmUpHasSeenItCompiledAndKeepTheBits() throws InterruptedException {
        ParrattKernel fits = KernelImplementation.forFits();
        LayerSequence stack = LayerSequence.of(BenchStacks.random(30, 11));
        double[] q = BenchStacks.linear(0.005, 0.4, 200);
        double[] early = new double[q.length];
        fits.reflectivity(stack, q, early);

        // The event the switch waits for; the bound only keeps a broken warm-up from hanging the build.
        assertThat(VectorWarmUp.await(10, TimeUnit.MINUTES)).isTrue();
        assertThat(VectorWarmUp.vectorFaster()).as("the compiled vector kernel beats the scalar one").isTrue();
        double[] late = new double[q.length];
        fits.reflectivity(stack, q, late);
        double[] scalar = new double[q.length];
        SequenceKernel.reflectivity(stack, q, scalar, new SequenceKernel.Workspace());
        for (int i = 0; i < q.length; i++) {
            assertThat(Double.doubleToRawLongBits(early[i])).isEqualTo(Double.doubleToRawLongBits(scalar[i]));
            assertThat(Double.doubleToRawLongBits(late[i])).isEqualTo(Double.doubleToRawLongBits(scalar[i]));
        }
    }
}
