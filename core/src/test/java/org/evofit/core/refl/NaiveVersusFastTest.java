package org.evofit.core.refl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every fast kernel computes the same numbers as the plain Parratt recursion. */
class NaiveVersusFastTest {

    /** R from every allocation-free kernel; the tests hold each to the naive recursion. */
    private static double[][] fastKernels(SlabStack stack, double[] q) {
        LayerSequence sequence = LayerSequence.of(stack);
        return Stream.of(KernelImplementation.values()).filter(KernelImplementation::allocationFree).map(k -> {
            double[] r = new double[q.length];
            k.newKernel().reflectivity(sequence, q, r);
            return r;
        }).toArray(double[][]::new);
    }

    /** The largest deviation from the naive recursion over every fast kernel. */
    private static double worst(SlabStack stack, double[] q) {
        double[] naive = NaiveParratt.reflectivity(stack, q);
        double dev = 0;
        for (double[] r : fastKernels(stack, q)) {
            dev = Math.max(dev, Orso.maxRelativeDeviation(r, naive));
        }
        return dev;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"test0", "test2", "test6"})
    void agreeOnTheOrsoStacks(String test) {
        SlabStack stack = Orso.stack(test + ".layers");
        double[] q = Orso.columns(test + ".dat")[0];
        double dev = worst(stack, q);
        assertThat(dev).as("%s: max relative deviation %.3e", test, dev).isLessThanOrEqualTo(1e-12);
    }

    /**
     * A random 200-layer stack. Up to Q = 0.25 Å⁻¹ the two agree to 1e-12. Beyond, deep fringe
     * minima (R ~ 1e-8 out of amplitudes a hundred times larger) are ill-conditioned: changing the
     * inputs by one ulp alone moves R there by ~7e-13, so two correct double-precision
     * implementations may differ by a few 1e-12, and the bound is 1e-11.
     */
    @Test
    void agreeOnARandom200LayerStack() {
        SlabStack stack = BenchStacks.random(200, 7);
        double[] low = BenchStacks.linear(0.0, 0.25, 800);
        double devLow = worst(stack, low);
        assertThat(devLow).as("Q <= 0.25: max relative deviation %.3e", devLow).isLessThanOrEqualTo(1e-12);
        double[] high = BenchStacks.linear(0.25, 0.6, 800);
        double devHigh = worst(stack, high);
        assertThat(devHigh).as("Q in [0.25, 0.6]: max relative deviation %.3e", devHigh)
                .isLessThanOrEqualTo(1e-11);
    }

    @Test
    void agreeOnAStackMixingAbsorbingAndNonAbsorbingLayers() {
        // Exercises the kernel's shortcuts for real potentials (one sqrt, no exp, no rotation).
        SlabStack stack = BenchStacks.random(60, 9);
        for (int j = 0; j < stack.layerCount(); j += 2) {
            stack.uIm()[j] = 0;
        }
        stack.uIm()[stack.layerCount() - 1] = 0;
        double[] q = BenchStacks.linear(0.0, 0.2, 900);
        double dev = worst(stack, q);
        assertThat(dev).as("max relative deviation %.3e", dev).isLessThanOrEqualTo(1e-12);
        java.util.Arrays.fill(stack.uIm(), 0);
        double devClear = worst(stack, q);
        assertThat(devClear).as("no absorption: max relative deviation %.3e", devClear).isLessThanOrEqualTo(1e-12);
    }

    @Test
    void agreeWhenTheFrontingMediumIsDenseAndQIsNegativeOrZero() {
        // Fronting SLD above the slabs' (a beam through the substrate), and Q = 0 exactly.
        SlabStack stack = SlabStack.fromSld(new double[] {0, 50, 120, 0}, new double[] {6.36, 1, 6.36, 0},
                new double[] {0, 0.01, 0, 0}, new double[] {0, 4, 2, 3});
        double[] q = {-0.05, -0.01, 0, 1e-9, 0.005, 0.0178, 0.03, 0.2};
        double[] naive = NaiveParratt.reflectivity(stack, q);
        double[][] mirrored = fastKernels(stack, new double[] {0.05, 0.01});
        double[][] fast = fastKernels(stack, q);
        for (int k = 0; k < fast.length; k++) {
            double[] r = fast[k];
            for (int i = 0; i < q.length; i++) {
                assertThat(r[i]).as("kernel %d, Q=%s", k, q[i]).isFinite().isCloseTo(naive[i],
                        within(1e-12 * naive[i]));
            }
            assertThat(new double[] {r[0], r[1]}).as("R(-Q) = R(Q)").containsExactly(mirrored[k]);
        }
    }

    @Test
    void agreeWithManyLayersOfEqualPotentialAtTheirEdge() {
        // Slabs with the fronting medium's potential: at Q = 0 their wavevectors vanish exactly.
        int n = 30;
        double[] d = new double[n];
        double[] sld = new double[n];
        double[] sigma = new double[n];
        for (int j = 1; j < n - 1; j++) {
            d[j] = 10;
            sigma[j] = 2;
        }
        sld[n - 1] = 2;
        SlabStack stack = SlabStack.fromSld(d, sld, new double[n], sigma);
        double[] q = {0, 1e-6, 0.01, 0.02, 0.1};
        double[] naive = NaiveParratt.reflectivity(stack, q);
        for (double[] r : fastKernels(stack, q)) {
            for (int i = 0; i < q.length; i++) {
                assertThat(r[i]).as("Q=%s", q[i]).isFinite().isCloseTo(naive[i],
                        within(1e-12 * Math.max(naive[i], 1e-300)));
            }
            assertThat(r[0]).isEqualTo(1.0, within(1e-15));
        }
    }
}
