package org.evofit.core.refl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The periodic walk ({@link KernelImplementation#PERIODIC}: repeated blocks as matrix powers) gives the
 * naive Parratt recursion's numbers, slab by slab over the unrolled stack, to 1e-10 wherever R > 1e-12,
 * on random periodic stacks with absorption and roughness, for few and for many repeats.
 */
class PeriodicKernelTest {

    private static final double[] Q = qGrid(241, 0.6);

    private static double[] qGrid(int n, double max) {
        double[] q = new double[n];
        for (int i = 0; i < n; i++) {
            q[i] = max * (i + 1) / n;
        }
        return q;
    }

    /**
     * Fronting medium, a few cap layers, one or two repeated stacks of 1–3 layers (a cap or buffer can
     * be a layer of the stack, so a stack's first and last interfaces may or may not match its inner
     * ones), a few buffer layers, backing medium; X-ray-sized potentials with absorption, 0–6 Å roughness.
     */
    private static LayerSequence randomPeriodic(Random rnd, int repeats) {
        int distinct = 8;
        LayerSequence seq = new LayerSequence(distinct);
        double[] sigma = new double[distinct];
        for (int l = 0; l < distinct; l++) {
            double re = l == 0 ? 0 : rnd.nextDouble() * 3e-3;
            double im = l == 0 ? 0 : -rnd.nextDouble() * 2e-4;
            seq.setLayer(l, re, im, 5 + rnd.nextDouble() * 40);
            sigma[l] = rnd.nextDouble() * 6;
        }
        seq.clear();
        seq.append(0, 0);
        appendRandom(rnd, seq, sigma, rnd.nextInt(3));
        int stacks = 1 + rnd.nextInt(2);
        for (int s = 0; s < stacks; s++) {
            int[] block = new int[1 + rnd.nextInt(3)];
            for (int k = 0; k < block.length; k++) {
                block[k] = 1 + rnd.nextInt(distinct - 2);
            }
            int n = s == 0 ? repeats : 1 + rnd.nextInt(7);
            for (int r = 0; r < n; r++) {
                for (int l : block) {
                    seq.append(l, sigma[l]);
                }
            }
        }
        appendRandom(rnd, seq, sigma, rnd.nextInt(3));
        seq.append(distinct - 1, sigma[distinct - 1]);
        return seq;
    }

    private static void appendRandom(Random rnd, LayerSequence seq, double[] sigma, int count) {
        for (int k = 0; k < count; k++) {
            int l = 1 + rnd.nextInt(sigma.length - 2);
            seq.append(l, sigma[l]);
        }
    }

    /** The largest |R/R_naive − 1| over the Q values where the naive R exceeds 1e-12. */
    private static double worstRelative(LayerSequence seq) {
        double[] fast = new double[Q.length];
        KernelImplementation.PERIODIC.newKernel().reflectivity(seq, Q, fast);
        SlabStack slabs = seq.toSlabStack();
        double worst = 0;
        for (int i = 0; i < Q.length; i++) {
            double reference = NaiveParratt.reflectivity(slabs, Q[i]);
            if (reference > 1e-12) {
                worst = Math.max(worst, Math.abs(fast[i] / reference - 1));
            }
        }
        return worst;
    }

    @ParameterizedTest(name = "{0} repeats")
    @ValueSource(ints = {1, 2, 3, 19, 100, 1000})
    void randomPeriodicStacksMatchTheNaiveRecursion(int repeats) {
        Random rnd = new Random(17 + repeats);
        for (int trial = 0; trial < 6; trial++) {
            LayerSequence seq = randomPeriodic(rnd, repeats);
            assertThat(worstRelative(seq)).as("trial %d, %d positions", trial, seq.length()).isLessThan(1e-10);
        }
    }

    @ParameterizedTest(name = "{0} repeats")
    @ValueSource(ints = {19, 100, 1000})
    void benchmarkStacksMatchTheNaiveRecursion(int repeats) {
        LayerSequence seq = BenchStacks.periodic(2, 2, repeats, 2, 5);
        assertThat(worstRelative(seq)).isLessThan(1e-10);
    }

    @Test
    void theWalkTakesAStacksInnerRepeatsAsOnePowerAndItsEdgesSlabBySlab() {
        // Ambient 0 / 19 x (1 / 2) / substrate 3: positions 1..38 are the stack, 39 the substrate.
        LayerSequence seq = new LayerSequence(4);
        seq.clear();
        seq.append(0, 0);
        for (int r = 0; r < 19; r++) {
            seq.append(1, 3);
            seq.append(2, 4);
        }
        seq.append(3, 5);
        RepeatPlan plan = new RepeatPlan();
        plan.plan(seq);

        // The first repetition's top layer lies under the ambient, not under layer 2: its own step.
        assertThat(plan.period(38)).isEqualTo(2);
        assertThat(plan.count(38)).isEqualTo(18);
        assertThat(plan.period(2)).isZero();
        assertThat(plan.period(1)).isZero();
        assertThat(plan.period(39)).as("the substrate").isZero();
    }

    @Test
    void aFewRepeatsAreWalkedSlabBySlab() {
        LayerSequence seq = BenchStacks.periodic(0, 2, 3, 0, 1);
        RepeatPlan plan = new RepeatPlan();
        plan.plan(seq);

        for (int j = 0; j < seq.length(); j++) {
            assertThat(plan.period(j)).as("position %d", j).isZero();
        }
        assertThat(RepeatPlan.gain(2, 19)).isPositive();
    }
}
