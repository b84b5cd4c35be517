package org.evofit.core.refl;

import java.util.SplittableRandom;

/** Reproducible stacks and Q grids for benchmarks and tests. */
public final class BenchStacks {

    private BenchStacks() {
    }

    /**
     * A random but reproducible neutron stack: SLDs in [−0.5, 8], absorption up to 0.05, slabs of
     * 5–100 Å, roughness 0–8 Å, all in the units of {@link SlabStack#fromSld}.
     *
     * @param layers number of layers, fronting and backing media included (at least 2)
     * @param seed   random seed
     * @return the stack
     */
    public static SlabStack random(int layers, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        double[] d = new double[layers];
        double[] sld = new double[layers];
        double[] isld = new double[layers];
        double[] sigma = new double[layers];
        for (int j = 0; j < layers; j++) {
            boolean slab = j > 0 && j < layers - 1;
            d[j] = slab ? rnd.nextDouble(5, 100) : 0;
            sld[j] = j == 0 ? 0 : rnd.nextDouble(-0.5, 8);
            isld[j] = j == 0 ? 0 : rnd.nextDouble(0, 0.05);
            sigma[j] = j == 0 ? 0 : rnd.nextDouble(0, 8);
        }
        return SlabStack.fromSld(d, sld, isld, sigma);
    }

    /**
     * Evenly spaced Q values.
     *
     * @param from  first Q, Å⁻¹
     * @param to    last Q, Å⁻¹
     * @param count number of values (at least 2)
     * @return the grid
     */
    public static double[] linear(double from, double to, int count) {
        double[] q = new double[count];
        for (int i = 0; i < count; i++) {
            q[i] = from + (to - from) * i / (count - 1);
        }
        return q;
    }
}
