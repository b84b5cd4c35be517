package org.evofit.core.refl;

import java.util.Arrays;

/**
 * Scratch memory of {@link SmearedReflectivity}: the kernel's workspace, the unsmeared curve at the
 * smearing nodes and the per-call nodes near critical edges. One per thread; the buffers grow to
 * the largest size met and are then reused, so steady-state calls allocate nothing.
 */
public final class SmearingWorkspace {

    final KernelWorkspace kernel = new KernelWorkspace();
    private double[] values = new double[0];
    double[] edges = new double[0];
    double[] edgeThickness = new double[0];
    /** The largest and smallest 4·(u − u₀) of the stack's layers, with {@link #edges} (see {@link ChirpSteps}). */
    double stepMax;
    double stepMin;
    /** The stack's interfaces, with {@link #edges}. */
    int interfaces;
    /** The nodes near edges that {@link EdgeQuadrature} lays on each call, and the curve there. */
    final EdgePieces pieces = new EdgePieces();
    /** The resolutions of the points the cluster being laid serves. */
    final ClusterWidths widths = new ClusterWidths();
    /** Which stack's edges {@link #pieces} and the edge weights were laid for. */
    final EdgeLayoutMemo layout = new EdgeLayoutMemo();
    /** Which grid nodes the points the edge quadrature has not taken over use, laid with the layout. */
    final GridNeeds needs = new GridNeeds();
    /** The edge weights' Gaussians, laid in passes. */
    final EdgeWeights weights = new EdgeWeights();
    double[] edgeWeight = new double[0];
    int[] points = new int[0];
    int[] firstNode = new int[0];
    int[] start = new int[1];
    /**
     * The last layout's point count (0 when it was laid for another plan, so nothing of it is kept), how many
     * of the new layout's first points are the last one's at the same index, and how many of those kept their
     * weights ({@link EdgeWeights#layCluster}).
     */
    int laidPoints;
    int samePoints;
    int keptPoints;

    /** An empty workspace. */
    public SmearingWorkspace() {
    }

    /** A buffer of at least {@code size} values. */
    double[] values(int size) {
        if (values.length < size) {
            values = new double[size];
        }
        return values;
    }

    void ensureEdges(int size) {
        if (edges.length < size) {
            edges = new double[size];
            edgeThickness = new double[size];
        }
    }

    void ensureEdgeWeights(int size) {
        if (edgeWeight.length < size) {
            edgeWeight = Arrays.copyOf(edgeWeight, Math.max(size, 2 * edgeWeight.length));
        }
        weights.ensure(size);
    }

    /** Starts a new edge layout, comparing it with the last one if {@code reuse} (see {@link #laidPoints}). */
    void startLayout(boolean reuse) {
        if (reuse) {
            pieces.clear();
        } else {
            pieces.forget();
            laidPoints = 0;
        }
        samePoints = 0;
        keptPoints = 0;
        weights.clear();
    }

    void point(int index, int point) {
        if (points.length <= index) {
            points = Arrays.copyOf(points, Math.max(16, 2 * index + 2));
            firstNode = Arrays.copyOf(firstNode, points.length);
        }
        if (index == samePoints && index < laidPoints && points[index] == point) {
            samePoints++;
        }
        points[index] = point;
    }

    void firstNode(int index, int node) {
        firstNode[index] = node;
    }

    void startAt(int index, int node) {
        if (start.length <= index) {
            start = Arrays.copyOf(start, Math.max(16, 2 * index + 2));
        }
        start[index] = node;
    }
}
