package org.evofit.core.refl;

import java.util.Arrays;

/**
 * The edge quadrature's weights ({@link EdgeQuadrature#lay}) in three passes rather than point by point:
 * first every Gaussian argument (x − q)/σ of the layout, for each point's nodes on whole pieces and each
 * cut piece's inner rule ({@link EdgePieces#arguments}), then all their densities in one run of
 * {@link GaussianBatch}, which the JIT vectorises, then the weights from them. A fit that varies an
 * SLD lays the weights on every curve, one Gaussian per (point, node) pair: the exponentials, one at a
 * time, were about half of laying. One per workspace.
 */
final class EdgeWeights {

    /**
     * Per edge weight: the Gaussian's argument; a cut piece's slots hold its inner rule's (six or eight points,
     * zeros after them).
     */
    private double[] args = new double[64];
    /** Per edge weight: 1/σ of its point; 1 in a cut piece's slots. */
    private double[] scale = new double[64];
    private int[] cutPiece = new int[16];
    private int[] cutAt = new int[16];
    private double[] cutLo = new double[16];
    private double[] cutSpan = new double[16];
    private double[] cutPerSigma = new double[16];
    private boolean[] cutShort = new boolean[16];
    private int cuts;

    /** Forgets every cut piece: a new layout. */
    void clear() {
        cuts = 0;
    }

    /** Room for the arguments of the edge weights below {@code size}. */
    void ensure(int size) {
        if (args.length < size) {
            args = Arrays.copyOf(args, Math.max(size, 2 * args.length));
            scale = Arrays.copyOf(scale, args.length);
        }
    }

    /** The arguments, at the edge weights' indices. */
    double[] arguments() {
        return args;
    }

    /** The weights' factors besides their node's mass and φ, at the edge weights' indices. */
    double[] scales() {
        return scale;
    }

    /**
     * Records a cut piece: piece p, whose weights go to edge weight {@code at}, cut to [tLo, tLo + span] in
     * t for a point of 1/σ = perSigma, with the short inner rule or not.
     */
    void cut(int p, int at, double tLo, double span, double perSigma, boolean shortPart) {
        if (cuts == cutPiece.length) {
            int grown = 2 * cuts;
            cutPiece = Arrays.copyOf(cutPiece, grown);
            cutAt = Arrays.copyOf(cutAt, grown);
            cutLo = Arrays.copyOf(cutLo, grown);
            cutSpan = Arrays.copyOf(cutSpan, grown);
            cutPerSigma = Arrays.copyOf(cutPerSigma, grown);
            cutShort = Arrays.copyOf(cutShort, grown);
        }
        cutPiece[cuts] = p;
        cutAt[cuts] = at;
        cutLo[cuts] = tLo;
        cutSpan[cuts] = span;
        cutPerSigma[cuts] = perSigma;
        cutShort[cuts] = shortPart;
        cuts++;
    }

    /**
     * Lays the Gaussian arguments of the cluster's points ws.points[first..points) on its pieces, from piece on;
     * returns the edge weights used after them (from {@code used}). A point keeps the weights it had in the last
     * layout when it and every point before it are the same at the same index and its pieces are the same at the
     * same indices ({@link EdgePieces#sameCount}): the same inputs, so the same bits. A fit that varies one SLD
     * moves one edge; the points of the edges below it keep theirs (examples/neutron-film's data with relative
     * widths: 4 of 11 points, 184 of ~500 weights).
     */
    static int layCluster(double[] x, double[] sigma, double reach, int piece, int first, int points, int used,
            SmearingWorkspace ws) {
        int at = used;
        int c0 = piece;
        EdgePieces pieces = ws.pieces;
        for (int p = first; p < points; p++) {
            int i = ws.points[p];
            double a = x[i] - reach * sigma[i];
            double b = x[i] + reach * sigma[i];
            c0 = pieces.firstAbove(c0, a);
            int c1 = c0;
            while (!pieces.beyond(c1, b)) {
                c1++;
            }
            int end = at + (c1 - c0) * EdgePieces.ORDER;
            // ws.firstNode[p] and ws.start[p + 1] still hold the last layout's (p < samePoints ≤ laidPoints).
            if (p == ws.keptPoints && p < ws.samePoints && c1 <= pieces.sameCount()
                    && ws.firstNode[p] == c0 * EdgePieces.ORDER && ws.start[p + 1] == end) {
                ws.keptPoints++;
                at = end;
                continue;
            }
            // One division per point instead of two per node.
            double perSigma = 1 / sigma[i];
            ws.firstNode(p, c0 * EdgePieces.ORDER);
            ws.ensureEdgeWeights(end);
            for (int c = c0; c < c1; c++) {
                pieces.arguments(c, x[i], perSigma, a, b, ws.edgeWeight, at, ws.weights);
                at += EdgePieces.ORDER;
            }
            ws.startAt(p + 1, at);
        }
        return at;
    }

    /**
     * The weights of ws.points[0..points), whose windows reach ±reach·σ, from the arguments recorded: the
     * whole pieces' weights (and the densities at the cut pieces' inner points), the cut pieces' over them, each
     * point's scaled to sum to one if {@code renormalize}; the first ws.keptPoints points' are the last layout's.
     */
    void weigh(double reach, boolean renormalize, int points, SmearingWorkspace ws) {
        double[] w = ws.edgeWeight;
        GaussianBatch.density(args, w, scale, ws.start[ws.keptPoints], ws.start[points], reach);
        EdgePieces pieces = ws.pieces;
        for (int c = 0; c < cuts; c++) {
            pieces.weighCut(cutPiece[c], cutLo[c], cutSpan[c], cutPerSigma[c], cutShort[c], w, cutAt[c]);
        }
        if (renormalize) {
            for (int p = ws.keptPoints; p < points; p++) {
                renormalize(w, ws.start[p], ws.start[p + 1]);
            }
        }
    }

    /** Scales the weights [from, to) to sum to one. */
    private static void renormalize(double[] w, int from, int to) {
        double sum = 0;
        for (int k = from; k < to; k++) {
            sum += w[k];
        }
        for (int k = from; k < to; k++) {
            w[k] /= sum;
        }
    }
}
