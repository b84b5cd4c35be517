package org.evofit.core.refl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The kernel stays finite and physical for very many layers and deep in total reflection. */
class StabilityTest {

    private static double[] fast(SlabStack stack, double[] q) {
        double[] r = new double[q.length];
        ReflectivityKernel.reflectivity(stack, q, r, new KernelWorkspace());
        return r;
    }

    private static double[] logGrid(double from, double to, int count) {
        double[] q = new double[count];
        for (int i = 0; i < count; i++) {
            q[i] = from * Math.pow(to / from, (double) i / (count - 1));
        }
        return q;
    }

    @Test
    void fiveThousandLayersGiveFiniteReflectivityBetweenZeroAndOne() {
        SlabStack stack = BenchStacks.random(5000, 11);
        double[] q = logGrid(1e-6, 1.0, 300);
        double[] r = fast(stack, q);
        for (int i = 0; i < q.length; i++) {
            assertThat(r[i]).as("Q=%s", q[i]).isFinite().isBetween(0.0, 1 + 1e-12);
        }
        // And the plain recursion, which divides at every layer, agrees.
        double[] spot = {1e-4, 0.01, 0.05, 0.2};
        double[] naive = NaiveParratt.reflectivity(stack, spot);
        double[] fastSpot = fast(stack, spot);
        for (int i = 0; i < spot.length; i++) {
            assertThat(fastSpot[i]).as("Q=%s", spot[i]).isCloseTo(naive[i], within(1e-10 * naive[i]));
        }
    }

    @Test
    void thickRoughDenseLayersDeepInTotalReflectionStayBounded() {
        // 2000 thick, dense, strongly absorbing, very rough layers: exp(2i kz d) and the
        // Névot–Croce factors are far below or far above one.
        int n = 2000;
        SplittableRandom rnd = new SplittableRandom(5);
        double[] d = new double[n];
        double[] sld = new double[n];
        double[] isld = new double[n];
        double[] sigma = new double[n];
        for (int j = 1; j < n; j++) {
            d[j] = j < n - 1 ? rnd.nextDouble(100, 5000) : 0;
            sld[j] = rnd.nextDouble(-2, 40);
            isld[j] = rnd.nextDouble(0, 5);
            sigma[j] = rnd.nextDouble(0, 60);
        }
        SlabStack stack = SlabStack.fromSld(d, sld, isld, sigma);
        double[] q = logGrid(1e-8, 2.0, 400);
        double[] r = fast(stack, q);
        for (int i = 0; i < q.length; i++) {
            assertThat(r[i]).as("Q=%s", q[i]).isFinite().isBetween(0.0, 1 + 1e-12);
        }
    }

    @Test
    void withoutAbsorptionEverythingIsReflectedBelowTheCriticalEdge() {
        // Smooth stack, any SLDs: with no absorption and no transmitted wave, flux conservation
        // makes R exactly one below the backing medium's critical edge.
        int n = 60;
        SplittableRandom rnd = new SplittableRandom(3);
        double[] d = new double[n];
        double[] sld = new double[n];
        for (int j = 1; j < n - 1; j++) {
            d[j] = rnd.nextDouble(5, 200);
            sld[j] = rnd.nextDouble(-1, 8);
        }
        sld[n - 1] = 6.36;
        SlabStack smooth = SlabStack.fromSld(d, sld, new double[n], new double[n]);
        double qc = 4 * Math.sqrt(Math.PI * 6.36e-6);
        double[] q = logGrid(1e-7, qc * 0.999, 200);
        for (double r : fast(smooth, q)) {
            assertThat(r).isCloseTo(1.0, within(1e-12));
        }
        // Rough stack whose layers are all denser than the fronting medium: below every layer's
        // edge every wave in the stack is evanescent and R is one with Névot–Croce factors too.
        double[] dense = new double[n];
        double[] sigma = new double[n];
        for (int j = 1; j < n; j++) {
            dense[j] = rnd.nextDouble(3, 8);
            sigma[j] = rnd.nextDouble(0, 10);
        }
        SlabStack rough = SlabStack.fromSld(d, dense, new double[n], sigma);
        double[] below = logGrid(1e-7, 4 * Math.sqrt(Math.PI * 3e-6) * 0.999, 200);
        for (double r : fast(rough, below)) {
            assertThat(r).isCloseTo(1.0, within(1e-12));
        }
    }

    @Test
    void anAbsorbingSubstrateReflectsLessThanOneAndTheEdgeIsSmooth() {
        SlabStack stack = SlabStack.fromSld(new double[] {0, 0}, new double[] {0, 6}, new double[] {0, 0.5},
                new double[] {0, 0});
        double[] r = fast(stack, logGrid(1e-5, 0.05, 500));
        for (int i = 0; i < r.length; i++) {
            assertThat(r[i]).isFinite().isLessThan(1.0).isGreaterThan(0.0);
            if (i > 0) {
                assertThat(r[i]).as("monotone for a bare substrate").isLessThanOrEqualTo(r[i - 1] * (1 + 1e-12));
            }
        }
    }
}
