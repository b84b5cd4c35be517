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
 *
 * <p>The needs of the last {@link #KEPT} sets of points taken over are kept: a fit that varies an SLD moves
 * an edge back and forth across a few windows' ends, so the points taken over switch among a few sets, and
 * each switch marked the grid afresh (~0.6 µs, the cost of ~40 kernel evaluations, on examples/neutron-film's
 * data with its film's SLD alternating).
 */
final class GridNeeds {

    /** How many marked sets are kept, the least recently used replaced first. */
    static final int KEPT = 4;

    private final Marked[] kept = new Marked[KEPT];
    /** The set the last {@link #mark} chose. */
    private Marked current;
    private int[] cover = new int[0];
    private int[] rank = new int[0];
    private double[] value = new double[0];

    /**
     * Marks the nodes the points other than points[0..takenCount) use.
     *
     * @param map        the grid and its points' weights
     * @param points     the points the edge quadrature has taken over
     * @param takenCount how many
     */
    void mark(ResolutionSmearing map, int[] points, int takenCount) {
        // A fit that varies an SLD moves the edges on every curve, so the layout is laid anew, but the points it
        // takes over change only when an edge crosses a window's end: then the needs are a recent call's.
        int at = 0;
        while (at < KEPT && kept[at] != null && !kept[at].holds(map, points, takenCount)) {
            at++;
        }
        if (at == KEPT || kept[at] == null) {
            at = Math.min(at, KEPT - 1);
            if (kept[at] == null) {
                kept[at] = new Marked();
            }
            markFresh(kept[at], map, points, takenCount);
        }
        // Most recently used first.
        Marked found = kept[at];
        System.arraycopy(kept, 0, kept, 1, at);
        kept[0] = found;
        current = found;
        if (value.length < map.nodeCount()) {
            value = new double[map.nodeCount()];
        }
    }

    private void markFresh(Marked into, ResolutionSmearing map, int[] points, int takenCount) {
        int n = map.nodeCount();
        int pointCount = map.pointCount();
        if (cover.length < n + 1) {
            cover = new int[n + 1];
            rank = new int[n];
        }
        into.ensure(n, pointCount, takenCount);
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
        double[] q = into.q;
        int count = 0;
        for (int k = 0; k < n; k++) {
            rank[k] = count;
            if (cover[k] > 0) {
                q[count++] = nodes[k];
            }
        }
        // A remaining point's run is needed whole, so it stays one run among the needed nodes.
        int[] first = into.first;
        for (int i = 0; i < pointCount; i++) {
            first[i] = rank[map.firstNode(i)];
        }
        for (int p = 0; p < takenCount; p++) {
            first[points[p]] = -1;
        }
        into.count = count;
        into.map = map;
        System.arraycopy(points, 0, into.points, 0, takenCount);
        into.takenCount = takenCount;
    }

    /** The number of nodes needed. */
    int count() {
        return current.count;
    }

    /** The needed nodes, ascending in the grid's order: the first {@link #count} values. */
    double[] nodes() {
        return current.q;
    }

    /** The buffer the curve at the needed nodes is written into. */
    double[] values() {
        return value;
    }

    /** Each point's first node among the needed ones, or −1 for a point the edge quadrature takes over. */
    int[] first() {
        return current.first;
    }

    /** The needs of one map and one set of points taken over. */
    private static final class Marked {

        private ResolutionSmearing map;
        private int[] points = new int[0];
        private int takenCount = -1;
        private int count;
        private double[] q = new double[0];
        private int[] first = new int[0];

        boolean holds(ResolutionSmearing forMap, int[] taken, int takenHere) {
            return forMap == map && takenHere == takenCount && Arrays.equals(taken, 0, takenHere, points, 0, takenHere);
        }

        void ensure(int nodes, int pointCount, int takenHere) {
            if (q.length < nodes) {
                q = new double[nodes];
            }
            if (first.length < pointCount) {
                first = new int[pointCount];
            }
            if (points.length < takenHere) {
                points = new int[Math.max(16, 2 * takenHere)];
            }
        }
    }
}
