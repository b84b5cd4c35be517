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
     * A random but reproducible periodic stack, as {@link #random} draws its layers: the fronting
     * medium, {@code before} slabs, {@code repeats} times a block of {@code period} slabs, {@code after}
     * slabs and the backing medium, every layer of the block the same distinct layer in each repeat.
     *
     * @param before  slabs above the repeated block
     * @param period  slabs in the block (at least 1)
     * @param repeats how often the block repeats
     * @param after   slabs below the repeated block
     * @param seed    random seed
     * @return the sequence ({@link LayerSequence#length()} = before + period·repeats + after + 2)
     */
    public static LayerSequence periodic(int before, int period, int repeats, int after, long seed) {
        int distinct = before + period + after + 2;
        SlabStack layers = random(distinct, seed);
        LayerSequence s = new LayerSequence(distinct);
        for (int l = 0; l < distinct; l++) {
            s.setLayer(l, layers.uRe()[l], layers.uIm()[l], layers.thickness()[l]);
        }
        s.clear();
        s.append(0, 0);
        for (int l = 1; l <= before; l++) {
            s.append(l, layers.roughness()[l]);
        }
        for (int r = 0; r < repeats; r++) {
            for (int l = before + 1; l <= before + period; l++) {
                s.append(l, layers.roughness()[l]);
            }
        }
        for (int l = before + period + 1; l < distinct; l++) {
            s.append(l, layers.roughness()[l]);
        }
        return s;
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
