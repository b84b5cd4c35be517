package org.evofit.core.refl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The distinct-layer kernel gives the general kernel's numbers for the same unrolled stack. */
class SequenceKernelTest {

    private static double[] qGrid(int n, double max) {
        double[] q = new double[n];
        for (int i = 0; i < n; i++) {
            q[i] = max * (i + 1) / n;
        }
        return q;
    }

    private static double worstRelative(LayerSequence seq, double[] q) {
        double[] fast = new double[q.length];
        double[] reference = new double[q.length];
        SequenceKernel.reflectivity(seq, q, fast, new SequenceKernel.Workspace());
        ReflectivityKernel.reflectivity(seq.toSlabStack(), q, reference, new KernelWorkspace());
        double worst = 0;
        for (int i = 0; i < q.length; i++) {
            worst = Math.max(worst, Math.abs(fast[i] / reference[i] - 1));
        }
        return worst;
    }

    @Test
    void aPeriodicMultilayerMatchesTheGeneralKernel() {
        // Vacuum / cap / 19 x (A / B) / buffer / substrate, with absorption and roughness.
        LayerSequence seq = new LayerSequence(6);
        double u = SlabStack.SLD_TO_U;
        seq.setLayer(0, 0, 0, 0);
        seq.setLayer(1, 120 * u, -4 * u, 11);
        seq.setLayer(2, 60 * u, -1 * u, 18);
        seq.setLayer(3, 100 * u, -3 * u, 12);
        seq.setLayer(4, 59 * u, -0.8 * u, 45);
        seq.setLayer(5, 36 * u, -0.1 * u, 0);
        seq.clear();
        seq.append(0, 0);
        seq.append(3, 3.0);
        for (int r = 0; r < 19; r++) {
            seq.append(1, 2.0);
            seq.append(2, 2.5);
        }
        seq.append(4, 1.5);
        seq.append(5, 4.0);

        assertThat(seq.length()).isEqualTo(42);
        assertThat(worstRelative(seq, qGrid(700, 0.75))).isLessThan(1e-12);
    }

    @Test
    void randomStacksWithRepeatsMatchTheGeneralKernel() {
        Random rnd = new Random(12);
        for (int trial = 0; trial < 20; trial++) {
            int distinct = 3 + rnd.nextInt(5);
            LayerSequence seq = new LayerSequence(distinct);
            double[] sigma = new double[distinct];
            for (int l = 0; l < distinct; l++) {
                seq.setLayer(l, rnd.nextDouble() * 8e-4, -rnd.nextDouble() * 1e-5, 5 + rnd.nextDouble() * 60);
                sigma[l] = rnd.nextDouble() * 6;
            }
            seq.clear();
            seq.append(0, 0);
            int slabs = 1 + rnd.nextInt(60);
            for (int j = 0; j < slabs; j++) {
                int l = 1 + rnd.nextInt(distinct - 1);
                seq.append(l, sigma[l]);
            }
            seq.append(distinct - 1, sigma[distinct - 1]);

            assertThat(worstRelative(seq, qGrid(257, 0.5))).as("trial " + trial).isLessThan(1e-11);
        }
    }

    @Test
    void aDistinctLayerKeepsOneTopRoughness() {
        LayerSequence seq = new LayerSequence(3);
        seq.clear();
        seq.append(0, 0);
        seq.append(1, 2.0);
        seq.append(2, 1.0);
        seq.append(1, 2.0);

        assertThatThrownBy(() -> seq.append(2, 3.0)).hasMessageContaining("two roughnesses");
    }
}
