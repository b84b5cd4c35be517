package org.evofit.core.refl;

/**
 * A {@link ResolutionSmearing}'s weights laid out for sums of several neighbouring points at once, one vector lane
 * a point ({@link VectorPointSums}).
 *
 * <p>Why: a point's sum is a short loop (~16 nodes with the reflectivity defaults) whose length varies from point to
 * point: ~0.4 ns a weight, 1.8 µs of a 9.4 µs smeared curve on examples/neutron-film's data on the 2-core AMD EPYC
 * host, the grid's largest cost after the kernel. Neighbouring points use nearly the same nodes, so a block lays its
 * points' weights side by side over the union of their runs, zero where a point does not reach: one pass over the
 * union reads each node's value once, broadcasts it, and adds it times a vector of the points' weights.
 *
 * <p>The same bits: every lane adds its point's terms in the point's own order, starting from +0 as the one-point
 * loop does; the zero weights before a point's run keep its sum +0, those after add ±0 to a non-zero sum, which
 * leaves it unchanged. Only a value that is not finite differs (0 × ∞ and 0 × NaN are NaN), so a lane whose sum is
 * NaN is summed again the one-point way ({@link ResolutionSmearing}).
 */
final class PointBlocks {

    /** A block whose union of runs is longer than this many times its longest run is summed point by point. */
    private static final int MAX_SPREAD = 3;

    private final int lanes;
    /** Per block: its first point's first node, or −1 for a block summed point by point. */
    private final int[] base;
    /** Per block: its last point's first node. */
    private final int[] lastFirst;
    /** Per block: the length of its union of runs. */
    private final int[] span;
    /** Per block: where its weights start in {@link #weights}. */
    private final int[] start;
    /** Per block, node by node of its union, the points' weights, one lane each. */
    private final double[] weights;

    private PointBlocks(int lanes, int[] base, int[] lastFirst, int[] span, int[] start, double[] weights) {
        this.lanes = lanes;
        this.base = base;
        this.lastFirst = lastFirst;
        this.span = span;
        this.start = start;
        this.weights = weights;
    }

    /**
     * The blocks of a map's points, taken in their order, {@code lanes} points each: a block is laid side by side
     * when its points' first nodes do not decrease and its union of runs stays short (data in ascending order).
     */
    static PointBlocks of(int lanes, int[] firstNode, int[] offset, double[] weights) {
        int blocks = firstNode.length / lanes;
        int[] base = new int[blocks];
        int[] lastFirst = new int[blocks];
        int[] span = new int[blocks];
        int[] start = new int[blocks + 1];
        int total = 0;
        for (int b = 0; b < blocks; b++) {
            int union = union(lanes, firstNode, offset, b * lanes);
            base[b] = union > 0 ? firstNode[b * lanes] : -1;
            lastFirst[b] = firstNode[b * lanes + lanes - 1];
            span[b] = Math.max(union, 0);
            start[b] = total;
            total += lanes * span[b];
        }
        start[blocks] = total;
        double[] laid = new double[total];
        for (int b = 0; b < blocks; b++) {
            for (int lane = 0; base[b] >= 0 && lane < lanes; lane++) {
                int point = b * lanes + lane;
                int shift = firstNode[point] - base[b];
                for (int k = offset[point]; k < offset[point + 1]; k++) {
                    laid[start[b] + lanes * (shift + k - offset[point]) + lane] = weights[k];
                }
            }
        }
        return new PointBlocks(lanes, base, lastFirst, span, start, laid);
    }

    /** The union of the runs of the block starting at point p0, or −1 if it is not to be laid side by side. */
    private static int union(int lanes, int[] firstNode, int[] offset, int p0) {
        int end = 0;
        int longest = 0;
        for (int p = p0; p < p0 + lanes; p++) {
            if (p > p0 && firstNode[p] < firstNode[p - 1]) {
                return -1;
            }
            int run = offset[p + 1] - offset[p];
            longest = Math.max(longest, run);
            end = Math.max(end, firstNode[p] + run);
        }
        int union = end - firstNode[p0];
        return union <= MAX_SPREAD * longest ? union : -1;
    }

    /** Points per block. */
    int lanes() {
        return lanes;
    }

    /** Blocks in all. */
    int count() {
        return base.length;
    }

    /** Blocks laid side by side. */
    int laid() {
        int laid = 0;
        for (int b : base) {
            laid += b >= 0 ? 1 : 0;
        }
        return laid;
    }

    /** The length of block b's union of runs. */
    int span(int b) {
        return span[b];
    }

    /** Where block b's weights start in {@link #weights()}: node u of its union, lane l at start + u·lanes + l. */
    int start(int b) {
        return start[b];
    }

    /** The weights of all blocks; must not be modified. */
    double[] weights() {
        return weights;
    }

    /**
     * Whether block b can be summed side by side with these values: it is laid so, every point of it takes part,
     * and the nodes between its first and last points' first nodes are all there. The values leave out only nodes
     * that points elsewhere use, so the same gap at both ends means none in between, and the nodes above the last
     * point's first node are some point's run.
     *
     * @param first where each point's nodes start in the values, negative for a point left out
     */
    boolean aligned(int b, int[] first) {
        int p0 = b * lanes;
        if (base[b] < 0) {
            return false;
        }
        for (int p = p0; p < p0 + lanes; p++) {
            if (first[p] < 0) {
                return false;
            }
        }
        return first[p0 + lanes - 1] - first[p0] == lastFirst[b] - base[b];
    }
}
