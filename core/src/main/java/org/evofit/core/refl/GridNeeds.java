package org.evofit.core.refl;

import java.util.Arrays;

/**
 * Which of a {@link ResolutionSmearing}'s grid nodes a call must evaluate: those some point uses
 * that {@link EdgeQuadrature} has not taken over. The points near a critical edge are integrated on
 * the edge nodes instead, so the grid nodes only they reach (those between the edges, in the chirp
 * zone above a thick slab's edge, and below the first edge) would be evaluated for nothing: on
 * examples/neutron-film's data, tens of the grid's ~500. Worked out when the edge layout is laid and
 * kept with it (see {@link EdgeLayoutMemo}); one per workspace.
 */
final class GridNeeds {

    private int[] index = new int[0];
    private int count;
    private boolean all = true;
    private int[] cover = new int[0];
    private boolean[] taken = new boolean[0];
    private double[] q = new double[0];
    private double[] value = new double[0];

    /**
     * Marks the nodes the points other than points[0..takenCount) use.
     *
     * @param map        the grid and its points' weights
     * @param points     the points the edge quadrature has taken over
     * @param takenCount how many
     */
    void mark(ResolutionSmearing map, int[] points, int takenCount) {
        int n = map.nodeCount();
        int pointCount = map.pointCount();
        if (takenCount == 0) {
            all = true;
            return;
        }
        if (taken.length < pointCount) {
            taken = new boolean[pointCount];
        }
        Arrays.fill(taken, 0, pointCount, false);
        for (int p = 0; p < takenCount; p++) {
            taken[points[p]] = true;
        }
        // Every point's nodes are one run, so the covered nodes are a running sum of runs' starts and ends.
        if (cover.length < n + 1) {
            cover = new int[n + 1];
            index = new int[n];
        }
        Arrays.fill(cover, 0, n + 1, 0);
        for (int i = 0; i < pointCount; i++) {
            if (!taken[i]) {
                cover[map.firstNode(i)]++;
                cover[map.firstNode(i) + map.nodeSpan(i)]--;
            }
        }
        count = 0;
        int depth = 0;
        for (int k = 0; k < n; k++) {
            depth += cover[k];
            if (depth > 0) {
                index[count++] = k;
            }
        }
        all = count == n;
    }

    /** Whether every node is needed (then the grid is evaluated whole, without {@link #gather}). */
    boolean all() {
        return all;
    }

    /** The number of nodes needed, when not {@link #all}. */
    int count() {
        return count;
    }

    /** The needed nodes, compacted into a buffer whose first {@link #count} values are them. */
    double[] gather(double[] nodes) {
        if (q.length < count) {
            q = new double[count];
            value = new double[count];
        }
        for (int k = 0; k < count; k++) {
            q[k] = nodes[index[k]];
        }
        return q;
    }

    /** The buffer the curve at the gathered nodes is written into. */
    double[] values() {
        return value;
    }

    /**
     * Spreads the curve at the gathered nodes back to the grid's order; the nodes not needed get 0
     * (their points' sums are replaced by the edge quadrature's).
     */
    void scatter(double[] into, int n) {
        Arrays.fill(into, 0, n, 0);
        for (int k = 0; k < count; k++) {
            into[index[k]] = value[k];
        }
    }
}
