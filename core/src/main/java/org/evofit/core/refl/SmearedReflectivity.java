package org.evofit.core.refl;

/**
 * Resolution-smeared reflectivity of one data set's Q values: the {@link ReflectivityKernel} on a
 * {@link ResolutionSmearing}'s nodes followed by its weights.
 *
 * <p>The shared grid must follow the stack's interference fringes, whose frequency in Q grows with
 * the total thickness D (the grid follows oscillations up to 2D). Each stack is therefore smeared on the grid of
 * its rung of a fixed ladder of thicknesses ({@link GridLadder}): the grid depends on the stack alone, never on the
 * stacks smeared before it, so a fit's result does not depend on its threads' timing. A rung is built the first time
 * a stack needs it, and only those calls allocate. {@link #withMaxThickness} builds one grid now for every stack up
 * to a thickness. Thread-safe: the grids are immutable and published atomically.
 */
public final class SmearedReflectivity {

    private final double[] q;
    private final double[] sigma;
    private final SmearingSettings settings;
    private final boolean fixedMap;
    private final double maxSigma;
    /** The smeared points in ascending order of their window's start, as {@link EdgeQuadrature#lay} takes them. */
    private final int[] byStart;
    /** The gauss–Legendre baseline's own map, or {@code null} for the shared grids of {@link #ladder}. */
    private final ResolutionSmearing map;
    private final GridLadder ladder;

    private SmearedReflectivity(double[] q, double[] sigma, SmearingSettings settings, ResolutionSmearing map) {
        this.q = q.clone();
        this.sigma = sigma.clone();
        this.settings = settings;
        this.fixedMap = map != null;
        double largest = 0;
        for (double v : sigma) {
            largest = Math.max(largest, v);
        }
        this.maxSigma = largest;
        this.map = map;
        this.ladder = fixedMap ? null : new GridLadder(this.q, this.sigma, settings);
        double reach = Math.min(settings.cutoff(), ResolutionSmearing.REACH);
        this.byStart = java.util.stream.IntStream.range(0, q.length).filter(i -> sigma[i] > 0).boxed()
                .sorted(java.util.Comparator.comparingDouble(i -> q[i] - reach * sigma[i]))
                .mapToInt(Integer::intValue).toArray();
    }

    /**
     * Pointwise smearing with the {@link SmearingSettings#REFLECTIVITY reflectivity defaults}.
     *
     * @param q  Q values, Å⁻¹
     * @param dq one standard deviation of Q per point, Å⁻¹ (0: unsmeared)
     * @return the smeared model
     */
    public static SmearedReflectivity pointwise(double[] q, double[] dq) {
        return pointwise(q, dq, SmearingSettings.REFLECTIVITY);
    }

    /**
     * Pointwise smearing.
     *
     * @param q        Q values, Å⁻¹
     * @param dq       one standard deviation of Q per point, Å⁻¹ (0: unsmeared)
     * @param settings grid and window settings; their maxFrequency is a lower bound, raised to
     *                 twice the stack's thickness as needed
     * @return the smeared model
     */
    public static SmearedReflectivity pointwise(double[] q, double[] dq, SmearingSettings settings) {
        if (dq.length != q.length) {
            throw new IllegalArgumentException(q.length + " Q values but " + dq.length + " resolutions");
        }
        return new SmearedReflectivity(q, dq, settings, null);
    }

    /**
     * The same resolution at every point.
     *
     * @param q        Q values, Å⁻¹
     * @param dq       one standard deviation of Q, Å⁻¹
     * @param settings grid and window settings
     * @return the smeared model
     */
    public static SmearedReflectivity constant(double[] q, double dq, SmearingSettings settings) {
        double[] all = new double[q.length];
        java.util.Arrays.fill(all, dq);
        return pointwise(q, all, settings);
    }

    /**
     * The per-point Gauss–Legendre baseline (refnx's default is order 17, cut-off 3.5).
     *
     * @param q      Q values, Å⁻¹
     * @param dq     one standard deviation per point, Å⁻¹
     * @param order  quadrature points per point
     * @param cutoff half-width of the window in σ
     * @return the smeared model
     */
    public static SmearedReflectivity gaussLegendre(double[] q, double[] dq, int order, double cutoff) {
        return new SmearedReflectivity(q, dq, SmearingSettings.DEFAULT, ResolutionSmearing.gaussLegendre(q, dq,
                order, cutoff));
    }

    /**
     * Builds one grid now for stacks up to this total thickness and smears every such stack on it, so that no
     * later call builds one (thicker stacks take their rungs as before).
     *
     * @param thickness the largest total slab thickness to expect, Å
     * @return this
     */
    public SmearedReflectivity withMaxThickness(double thickness) {
        if (!fixedMap) {
            ladder.pin(thickness);
        }
        return this;
    }

    /**
     * The number of grid nodes of the grid built last (0 before the first call); a call evaluates those
     * that the points away from the stack's critical edges use ({@link #evaluations}).
     */
    public int nodeCount() {
        ResolutionSmearing m = fixedMap ? map : ladder.latest();
        return m == null ? 0 : m.nodeCount();
    }

    /**
     * The extra kernel evaluations near this stack's critical edges (see {@link EdgeQuadrature});
     * for reporting, allocates.
     *
     * @param stack the layers
     * @return the number of edge nodes a call with this stack evaluates
     */
    public int edgeNodeCount(SlabStack stack) {
        if (fixedMap) {
            return 0;
        }
        SmearingWorkspace ws = new SmearingWorkspace();
        layEdges(stack, null, ladder.mapFor(stack.totalThickness()), ws);
        return ws.pieces.nodeCount();
    }

    /**
     * The kernel evaluations a call with this stack costs: the grid nodes that the points the edge
     * quadrature does not take over use, and the edge nodes ({@link #edgeNodeCount}); for reporting,
     * allocates.
     *
     * @param stack the layers
     * @return the number of kernel evaluations per call
     */
    public int evaluations(SlabStack stack) {
        if (fixedMap) {
            return map.nodeCount();
        }
        SmearingWorkspace ws = new SmearingWorkspace();
        ResolutionSmearing m = ladder.mapFor(stack.totalThickness());
        layEdges(stack, null, m, ws);
        return ws.needs.count() + ws.pieces.nodeCount();
    }

    /**
     * Writes the smeared reflectivity of each Q value into out.
     *
     * @param stack the layers
     * @param out   one value per Q, in the order given
     * @param ws    the calling thread's workspace
     */
    public void reflectivity(SlabStack stack, double[] out, SmearingWorkspace ws) {
        reflectivity(stack, null, out, ws);
    }

    /**
     * Writes the smearing of another curve of the same layers into out, such as one spin channel of
     * polarised neutrons: the curve is evaluated on the same nodes as the unpolarised kernel would be,
     * the grid following the stack's thickness and the edge quadrature its critical edges (those of
     * both spin states when the curve gives its {@link Curve#spinSplitting()}).
     *
     * @param stack the layers' nuclear part, for the grid's fringe frequency and the edges
     * @param curve the curve to smear, or {@code null} for the stack's own reflectivity (as
     *              {@link #reflectivity(SlabStack, double[], SmearingWorkspace)})
     * @param out   one value per Q, in the order given
     * @param ws    the calling thread's workspace
     */
    public void reflectivity(SlabStack stack, Curve curve, double[] out, SmearingWorkspace ws) {
        if (fixedMap) {
            int n = map.nodeCount();
            double[] values = ws.values(n);
            evaluate(stack, curve, map.nodeArray(), n, values, ws);
            map.apply(values, out);
            return;
        }
        ResolutionSmearing m = ladder.mapFor(stack.totalThickness());
        // The edge layout first: the grid nodes only the points it takes over use are not evaluated.
        int points = layEdges(stack, curve, m, ws);
        GridNeeds needs = ws.needs;
        evaluate(stack, curve, needs.nodes(), needs.count(), needs.values(), ws);
        m.apply(needs.values(), needs.first(), out);
        EdgePieces pieces = ws.pieces;
        evaluate(stack, curve, pieces.node, pieces.nodeCount(), pieces.value, ws);
        for (int p = 0; p < points; p++) {
            double sum = 0;
            int shift = ws.firstNode[p] - ws.start[p];
            for (int k = ws.start[p]; k < ws.start[p + 1]; k++) {
                sum += ws.edgeWeight[k] * pieces.value[k + shift];
            }
            out[ws.points[p]] = sum;
        }
    }

    /**
     * The edge quadrature's layout for this stack into ws (reused when its edges are the last call's),
     * with the grid nodes the remaining points need; returns the number of points taken over.
     */
    private int layEdges(SlabStack stack, Curve curve, ResolutionSmearing m, SmearingWorkspace ws) {
        int edges = EdgeQuadrature.edges(stack, curve == null ? null : curve.spinSplitting(), maxSigma, ws);
        int points = ws.layout.pointsIfSame(this, m.maxFrequency(), edges, ws);
        if (points < 0) {
            points = EdgeQuadrature.lay(q, sigma, byStart, maxSigma, settings, m.maxFrequency(), edges,
                    ws.layout.samePlan(this, m.maxFrequency()), ws);
            ws.needs.mark(m, ws.points, points);
            ws.layout.remember(this, m.maxFrequency(), edges, ws, points);
        }
        return points;
    }

    private static void evaluate(SlabStack stack, Curve curve, double[] q, int count, double[] values,
            SmearingWorkspace ws) {
        if (curve == null) {
            ReflectivityKernel.reflectivity(stack, q, 0, count, values, ws.kernel);
        } else {
            curve.at(q, count, values);
        }
    }

    /** An unsmeared curve, evaluated where {@link SmearedReflectivity} needs it. */
    @FunctionalInterface
    public interface Curve {

        /**
         * Writes the curve at q[i] into out[i] for every i below count.
         *
         * @param q     where, Å⁻¹; may be longer than count
         * @param count how many
         * @param out   receives the values; may be longer than count
         */
        void at(double[] q, int count, double[] out);

        /**
         * For a polarised channel, whose critical edges are the spin states' (see
         * {@link MagneticKernel#spinSplitting}): each of the stack's layers' splitting |b| (1e-6 Å⁻²) in
         * the stack the next {@link #at} calls evaluate, before any of them (the edges decide which nodes
         * those calls get); {@code null} (the default) for a curve of the nuclear layers alone.
         *
         * @return one value per layer of the stack, or {@code null}
         */
        default double[] spinSplitting() {
            return null;
        }
    }
}
