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
        if (cover.length < n + 1) {
            cover = new int[n + 1];
            rank = new int[n];
            q = new double[n];
            value = new double[n];
        }
        if (first.length < pointCount) {
            first = new int[pointCount];
        }
        // Each node's count of the points using it, those taken over removed: the counts with none taken over are
        // the map's own, worked out once, so a call that marks afresh (a fit whose moving edge takes over other
        // points) walks only the taken points' runs instead of every point's.
        System.arraycopy(map.nodeUsers(), 0, cover, 0, n);
        for (int p = 0; p < takenCount; p++) {
            int from = map.firstNode(points[p]);
            int to = from + map.nodeSpan(points[p]);
            for (int k = from; k < to; k++) {
                cover[k]--;
            }
        }
        double[] nodes = map.nodeArray();
        count = 0;
        for (int k = 0; k < n; k++) {
            rank[k] = count;
            if (cover[k] > 0) {
                q[count++] = nodes[k];
            }
        }
        // A remaining point's run is needed whole, so it stays one run among the needed nodes.
        for (int i = 0; i < pointCount; i++) {
            first[i] = rank[map.firstNode(i)];
        }
        for (int p = 0; p < takenCount; p++) {
            first[points[p]] = -1;
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
