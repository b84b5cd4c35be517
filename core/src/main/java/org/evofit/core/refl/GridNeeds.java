package org.evofit.core.refl;

import java.util.Arrays;

/**
 * Which of a {@link ResolutionSmearing}'s grid nodes a call must evaluate: those some point uses
 * that {@link EdgeQuadrature} has not taken over. The points near a critical edge are integrated on
 * the edge nodes instead, so the grid nodes only they reach (those between the edges, in the chirp
 * zone above a thick slab's edge, and below the first edge) would be evaluated for nothing: on
 * examples/neutron-film's data, tens of the grid's ~500. Worked out when the edge layout is laid and
 * kept with it (see {@link EdgeLayoutMemo}); one per workspace.
 *
 * <p>The needed nodes are kept compacted, with each remaining point's first node among them, so a
 * call evaluates and sums them in place: no copy of the nodes, no spreading of the curve back to the
 * grid, and no sum for a point the edge quadrature replaces.
 */
final class GridNeeds {

    private int count;
    private int[] cover = new int[0];
    private int[] rank = new int[0];
    private boolean[] taken = new boolean[0];
    private double[] q = new double[0];
    private double[] value = new double[0];
    /** Each point's first node among the needed ones, or −1 for a point taken over. */
    private int[] first = new int[0];
    /** The map and the points taken over that the needs were last marked for. */
    private ResolutionSmearing markedFor;
    private int[] markedPoints = new int[0];
    private int markedCount = -1;

    /**
     * Marks the nodes the points other than points[0..takenCount) use.
     *
     * @param map        the grid and its points' weights
     * @param points     the points the edge quadrature has taken over
     * @param takenCount how many
     */
    void mark(ResolutionSmearing map, int[] points, int takenCount) {
        // A fit that varies an SLD moves the edges on every curve, so the layout is laid anew, but the points it
        // takes over change only when an edge crosses a window's end: then the needs are the last call's.
        if (map == markedFor && takenCount == markedCount
                && Arrays.equals(points, 0, takenCount, markedPoints, 0, takenCount)) {
            return;
        }
        markFresh(map, points, takenCount);
        if (markedPoints.length < takenCount) {
            markedPoints = new int[Math.max(16, 2 * takenCount)];
        }
        System.arraycopy(points, 0, markedPoints, 0, takenCount);
        markedFor = map;
        markedCount = takenCount;
    }

    private void markFresh(ResolutionSmearing map, int[] points, int takenCount) {
        int n = map.nodeCount();
        int pointCount = map.pointCount();
        if (taken.length < pointCount) {
            taken = new boolean[pointCount];
            first = new int[pointCount];
        }
        Arrays.fill(taken, 0, pointCount, false);
        for (int p = 0; p < takenCount; p++) {
            taken[points[p]] = true;
        }
        // Every point's nodes are one run, so the covered nodes are a running sum of runs' starts and ends.
        if (cover.length < n + 1) {
            cover = new int[n + 1];
            rank = new int[n];
            q = new double[n];
            value = new double[n];
        }
        Arrays.fill(cover, 0, n + 1, 0);
        for (int i = 0; i < pointCount; i++) {
            if (!taken[i]) {
                cover[map.firstNode(i)]++;
                cover[map.firstNode(i) + map.nodeSpan(i)]--;
            }
        }
        double[] nodes = map.nodeArray();
        count = 0;
        int depth = 0;
        for (int k = 0; k < n; k++) {
            depth += cover[k];
            rank[k] = count;
            if (depth > 0) {
                q[count++] = nodes[k];
            }
        }
        // A remaining point's run is needed whole, so it stays one run among the needed nodes.
        for (int i = 0; i < pointCount; i++) {
            first[i] = taken[i] ? -1 : rank[map.firstNode(i)];
        }
    }

    /** The number of nodes needed. */
    int count() {
        return count;
    }

    /** The needed nodes, ascending in the grid's order: the first {@link #count} values. */
    double[] nodes() {
        return q;
    }

    /** The buffer the curve at the needed nodes is written into. */
    double[] values() {
        return value;
    }

    /** Each point's first node among the needed ones, or −1 for a point the edge quadrature takes over. */
    int[] first() {
        return first;
    }
}
