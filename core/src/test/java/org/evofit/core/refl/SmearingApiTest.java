package org.evofit.core.refl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.apache.commons.math3.special.Erf;
import org.junit.jupiter.api.Test;

/** The smearing map's contract: weights, orders, unsmeared points, modes, rebuilding. */
class SmearingApiTest {

    private static double[] applyTo(ResolutionSmearing map, java.util.function.DoubleUnaryOperator f) {
        double[] nodes = map.nodes();
        double[] values = Arrays.stream(nodes).map(f).toArray();
        double[] out = new double[map.pointCount()];
        map.apply(values, out);
        return out;
    }

    @Test
    void aCutGaussianKeepsItsNaturalWeightAndAWholeOneSumsToOne() {
        double[] x = {1, 2, 3.5, 10};
        double[] sigma = {0.1, 0.02, 0.3, 0.05};
        double cutWeight = Erf.erf(3.5 / Math.sqrt(2));
        for (double v : applyTo(ResolutionSmearing.pointwise(x, sigma), q -> 1)) {
            assertThat(v).isCloseTo(cutWeight, within(1e-12));
        }
        for (double v : applyTo(ResolutionSmearing.pointwise(x, sigma, SmearingSettings.DEFAULT.wholeGaussian()),
                q -> 1)) {
            assertThat(v).isCloseTo(1, within(1e-13));
        }
    }

    @Test
    void smearsPolynomialsAsTheMomentsOfAGaussianSay() {
        // ∫ (x0 + σu)² φ(u) du over the whole line = x0² + σ².
        double[] x = {0.5, 1, 1.2, 4};
        double[] sigma = {0.05, 0.1, 0.02, 0.3};
        double[] out = applyTo(ResolutionSmearing.pointwise(x, sigma, SmearingSettings.DEFAULT.wholeGaussian()),
                q -> q * q);
        for (int i = 0; i < x.length; i++) {
            assertThat(out[i]).isCloseTo(x[i] * x[i] + sigma[i] * sigma[i], within(1e-12 * x[i] * x[i]));
        }
    }

    @Test
    void unsortedPointsGapsAndUnsmearedPointsKeepTheirPlaces() {
        double[] x = {0.3, 0.01, 0.02, 0.25, 0.011};
        double[] sigma = {0.003, 0.0002, 0, 0.0025, 0.0002};
        SlabStack stack = Orso.stack("test6.layers");
        double[] out = new double[x.length];
        SmearedReflectivity.pointwise(x, sigma).reflectivity(stack, out, new SmearingWorkspace());
        double[] fine = BruteSmearing.smear(stack, x, sigma, 3.5, false);
        for (int i = 0; i < x.length; i++) {
            assertThat(out[i]).as("x=%s", x[i]).isCloseTo(fine[i], within(1e-6 * fine[i]));
        }
        double[] direct = new double[1];
        ReflectivityKernel.reflectivity(stack, new double[] {0.02}, direct, new KernelWorkspace());
        assertThat(out[2]).as("sigma 0: the unsmeared value").isEqualTo(direct[0]);
    }

    @Test
    void constantModeEqualsPointwiseWithEqualSigmas() {
        double[] q = BenchStacks.linear(0.01, 0.2, 120);
        double[] sigma = new double[q.length];
        Arrays.fill(sigma, 0.001);
        SlabStack stack = Orso.stack("test0.layers");
        double[] a = new double[q.length];
        double[] b = new double[q.length];
        SmearedReflectivity.constant(q, 0.001, SmearingSettings.REFLECTIVITY).reflectivity(stack, a, new SmearingWorkspace());
        SmearedReflectivity.pointwise(q, sigma).reflectivity(stack, b, new SmearingWorkspace());
        assertThat(a).containsExactly(b);
        ResolutionSmearing generic = ResolutionSmearing.constant(q, 0.001, SmearingSettings.DEFAULT);
        assertThat(generic.pointCount()).isEqualTo(q.length);
    }

    @Test
    void aThickerStackRebuildsTheMapAndStaysAccurate() {
        double[] q = BenchStacks.linear(0.02, 0.3, 200);
        double[] dq = Arrays.stream(q).map(v -> 0.02 * v).toArray();
        SmearedReflectivity model = SmearedReflectivity.pointwise(q, dq);
        double[] out = new double[q.length];
        SmearingWorkspace ws = new SmearingWorkspace();
        SlabStack thin = SlabStack.fromSld(new double[] {0, 50, 0}, new double[] {0, 4, 2}, new double[3],
                new double[] {0, 3, 3});
        model.reflectivity(thin, out, ws);
        int thinNodes = model.nodeCount();
        SlabStack thick = SlabStack.fromSld(new double[] {0, 2500, 0}, new double[] {0, 4, 2}, new double[3],
                new double[] {0, 3, 3});
        model.reflectivity(thick, out, ws);
        assertThat(model.nodeCount()).isGreaterThan(thinNodes);
        double[] fine = BruteSmearing.smear(thick, q, dq, 3.5, false);
        // Measured 1.03e-5; SmearingAccuracyTest's thick film bounds the shared grid's error at 1.5e-5.
        assertThat(Orso.maxRelativeDeviation(out, fine)).isLessThan(1.5e-5);
        SmearedReflectivity prepared = SmearedReflectivity.pointwise(q, dq).withMaxThickness(2500);
        prepared.reflectivity(thick, out, ws);
        assertThat(prepared.nodeCount()).isPositive();
    }

    @Test
    void manyDistinctLayersStayFiniteAndPhysical() {
        SlabStack stack = BenchStacks.random(3000, 17);
        double[] q = BenchStacks.linear(0.002, 0.3, 200);
        double[] dq = Arrays.stream(q).map(v -> 0.03 * v).toArray();
        double[] out = new double[q.length];
        SmearedReflectivity.pointwise(q, dq).reflectivity(stack, out, new SmearingWorkspace());
        for (double r : out) {
            assertThat(r).isFinite().isBetween(0.0, 1.0);
        }
    }

    @Test
    void rejectsMismatchedOrInvalidInput() {
        assertThatThrownBy(() -> ResolutionSmearing.pointwise(new double[2], new double[3]))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ResolutionSmearing.pointwise(new double[] {1}, new double[] {-1}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("point 0");
        assertThatThrownBy(() -> new SmearingSettings(0.5, 3.5, false, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
