package org.evofit.core.refl;

import jdk.incubator.vector.DoubleVector;

/**
 * The sums of a block of {@link PointBlocks}, one vector lane a point (the incubating Vector API: load this class only
 * where the JVM has module {@code jdk.incubator.vector}, see {@link KernelImplementation#VECTOR}).
 *
 * <p>Each node's value is broadcast and multiplied by the vector of the block's weights for it, then added: a
 * multiplication and an addition, as the one-point loop rounds them, so each lane gets its point's bits.
 */
final class VectorPointSums {

    private VectorPointSums() {
    }

    /**
     * Writes block b's sums into out, point p's nodes starting at first[p] in values; the block must be
     * {@link PointBlocks#aligned aligned} with first.
     */
    static void sum(PointBlocks blocks, int b, double[] values, int[] first, double[] out) {
        double[] weights = blocks.weights();
        int lanes = blocks.lanes();
        int from = first[b * lanes];
        int to = from + blocks.span(b);
        int w = blocks.start(b);
        DoubleVector sum = DoubleVector.zero(VectorMath.SPECIES);
        for (int u = from; u < to; u++, w += lanes) {
            sum = sum.add(DoubleVector.fromArray(VectorMath.SPECIES, weights, w).mul(values[u]));
        }
        sum.intoArray(out, b * lanes);
    }

    /** Points per block: the lanes of the JVM's preferred vector. */
    static int lanes() {
        return VectorMath.SPECIES.length();
    }
}
