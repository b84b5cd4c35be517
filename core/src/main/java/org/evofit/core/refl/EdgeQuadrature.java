package org.evofit.core.refl;

import org.apache.commons.math3.analysis.integration.gauss.GaussIntegrator;
import org.apache.commons.math3.analysis.integration.gauss.GaussIntegratorFactory;

/**
 * Smearing near the kinks of a curve, where a fixed grid converges slowly.
 *
 * <p>Reflectivity has square-root kinks at Q = 0 and at the backing medium's critical edge, and
 * chirped fringes above the edges of thick slabs ({@link #edges}). A trapezoid rule across a kink
 * errs like h^1.5 (1e-2 at 2.5 nodes per σ on ORSO test 4). So every point whose window holds
 * such an edge is integrated separately: its window is split at the edges, the piece next to an
 * edge is mapped by q = edge ± length·t², which turns √(q − edge) into a smooth function of t,
 * and is integrated by Gauss–Legendre on sub-pieces short enough for the Gaussian and the fringes. Cut Gaussians are cut exactly at the window ends. The nodes
 * depend on the stack (its edges), so they are laid on every call, into the caller's
 * {@link SmearingWorkspace}; only points near an edge pay for them.
 */
final class EdgeQuadrature {

    /** Gauss–Legendre points per sub-piece. */
    static final int ORDER = 8;
    /** Longest sub-piece, in σ of q: keeps the Gaussian well resolved. */
    static final double PIECE = 1.5;
    /** Largest phase of the curve's oscillations across one sub-piece, radians. */
    static final double PHASE = 2.5;
    /**
     * A slab's edge is treated when the phase 2·kz·d its wave gains across the slab reaches this
     * many radians within the point's window: the chirp near the edge of a thick slab.
     */
    static final double CHIRP = 1;
    /** Marks a kink (Q = 0, the backing medium's edge) in the edge-thickness list. */
    static final double KINK = -1;

    private static final double[] GL_POINT = new double[ORDER];
    private static final double[] GL_WEIGHT = new double[ORDER];

    static {
        GaussIntegrator rule = new GaussIntegratorFactory().legendre(ORDER, 0, 1);
        for (int j = 0; j < ORDER; j++) {
            GL_POINT[j] = rule.getPoint(j);
            GL_WEIGHT[j] = rule.getWeight(j);
        }
    }

    private EdgeQuadrature() {
    }

    /**
     * The places where a stack's reflectivity changes character, ascending, into ws.edges (Q) and
     * ws.edgeThickness (the thickness of the slab whose edge it is, or {@link #KINK}). Q = 0 (kz0 = |Q|/2) and the backing medium's critical edge are square-root kinks. A
     * slab's critical edge is no kink: its transfer matrix depends on its kz only through
     * cos(kz·d), sin(kz·d)/kz and kz·sin(kz·d), which are even in kz and so analytic in Q. But above
     * the edge of a thick slab kz·d grows like d·√(Q − Qc): a chirp far faster than the fringes
     * elsewhere, which the same square-root map straightens; {@link #lay} decides per point whether
     * a slab is thick enough to need it. (Névot–Croce factors exp(−2σ² kz kz') do add small kinks at
     * slab edges; they measured at 1e-7 of R even with 30 Å roughness.)
     *
     * @return how many
     */
    static int edges(SlabStack stack, double maxSigma, SmearingWorkspace ws) {
        int n = stack.layerCount();
        ws.ensureEdges(n + 1);
        double u0 = stack.uRe()[0];
        int count = insert(ws, 0, 0, KINK);
        for (int j = 1; j < n; j++) {
            double du = stack.uRe()[j] - u0;
            if (!(du > 0)) {
                continue;
            }
            double edge = 2 * Math.sqrt(du);
            double d = j == n - 1 ? KINK : stack.thickness()[j];
            // Thin slabs matter for no point (see matters): leave them out before sorting.
            if (d == KINK || matters(d, edge, maxSigma)) {
                count = insert(ws, count, edge, d);
            }
        }
        return count;
    }

    /**
     * Inserts an edge into the ascending list of {@code count} edges, merging it with an equal one
     * (the thicker slab, or a kink, wins); returns the new count. Multilayers repeat a few
     * potentials, so the list stays short and this stays cheap.
     */
    private static int insert(SmearingWorkspace ws, int count, double edge, double d) {
        double[] e = ws.edges;
        double[] t = ws.edgeThickness;
        int at = firstAbove(e, count, edge);
        if (at > 0 && edge <= e[at - 1] * (1 + 1e-12)) {
            t[at - 1] = t[at - 1] == KINK || d == KINK ? KINK : Math.max(t[at - 1], d);
            return count;
        }
        if (at < count && e[at] <= edge * (1 + 1e-12)) {
            t[at] = t[at] == KINK || d == KINK ? KINK : Math.max(t[at], d);
            return count;
        }
        System.arraycopy(e, at, e, at + 1, count - at);
        System.arraycopy(t, at, t, at + 1, count - at);
        e[at] = edge;
        t[at] = d;
        return count + 1;
    }

    /** Whether edge k matters for a point of resolution s. */
    private static boolean matters(SmearingWorkspace ws, int k, double s) {
        double d = ws.edgeThickness[k];
        return d == KINK || matters(d, ws.edges[k], s);
    }

    /** Whether a slab of thickness d chirps by {@link #CHIRP} radians within ±REACH·s of its edge. */
    private static boolean matters(double d, double edge, double s) {
        return d * Math.sqrt(2 * edge * 2 * ResolutionSmearing.REACH * s) >= CHIRP;
    }

    /**
     * Lays nodes and weights for every point near an edge that matters into ws: the points in
     * ws.points, each point's nodes from ws.start[p] to ws.start[p + 1].
     *
     * @param frequency the fastest fringe frequency of the curve away from edges, radians per Å⁻¹
     *
     * @return the number of such points
     */
    static int lay(double[] x, double[] sigma, SmearingSettings settings, double frequency, int edgeCount,
            SmearingWorkspace ws) {
        // A point is taken over when an edge lies anywhere the shared grid would sample it (its
        // trapezoid sum covers ±REACH·σ even when the Gaussian is cut shorter), and integrated
        // over its own window only.
        double reach = Math.min(settings.cutoff(), ResolutionSmearing.REACH);
        int points = 0;
        int used = 0;
        ws.startAt(0, 0);
        for (int i = 0; i < x.length; i++) {
            double s = sigma[i];
            if (!(s > 0) || !nearAnEdge(ws, edgeCount, x[i], s)) {
                continue;
            }
            int from = used;
            used = window(x[i] - reach * s, x[i] + reach * s, frequency, x[i], s, edgeCount, ws, used);
            if (settings.renormalize()) {
                renormalize(ws, from, used);
            }
            ws.point(points, i);
            points++;
            ws.startAt(points, used);
        }
        return points;
    }

    /** Whether an edge that matters lies within ±REACH·s of x. */
    private static boolean nearAnEdge(SmearingWorkspace ws, int edgeCount, double x, double s) {
        double watch = ResolutionSmearing.REACH;
        double[] edges = ws.edges;
        boolean near = false;
        for (int k = firstAbove(edges, edgeCount, x - watch * s); k < edgeCount && edges[k] < x + watch * s; k++) {
            near |= matters(ws, k, s);
        }
        return near;
    }

    /**
     * Lays the nodes of the window [a, b] of the point at x: the window cut at every edge that
     * matters, each piece integrated from its singular end(s). Returns the next free node.
     */
    private static int window(double a, double b, double frequency, double x, double s, int edgeCount,
            SmearingWorkspace ws, int used) {
        double[] edges = ws.edges;
        double left = a;
        boolean leftSingular = false;
        double leftChirp = 0;
        for (int k = firstAbove(edges, edgeCount, a); k <= edgeCount; k++) {
            boolean inside = k < edgeCount && edges[k] < b;
            if (inside && !matters(ws, k, s)) {
                continue;
            }
            double right = inside ? edges[k] : b;
            double rightChirp = inside ? Math.max(0, ws.edgeThickness[k]) : 0;
            if (leftSingular && inside) {
                double mid = 0.5 * (left + right);
                used = side(left, mid - left, leftChirp, frequency, x, s, ws, used);
                used = side(right, mid - right, rightChirp, frequency, x, s, ws, used);
            } else if (leftSingular) {
                used = side(left, right - left, leftChirp, frequency, x, s, ws, used);
            } else if (inside) {
                used = side(right, left - right, rightChirp, frequency, x, s, ws, used);
            } else {
                used = plain(left, right, frequency, x, s, ws, used);
            }
            if (!inside) {
                break;
            }
            left = right;
            leftSingular = true;
            leftChirp = rightChirp;
        }
        return used;
    }

    /** Scales the weights of nodes [from, to) to sum to one. */
    private static void renormalize(SmearingWorkspace ws, int from, int to) {
        double sum = 0;
        for (int k = from; k < to; k++) {
            sum += ws.edgeWeight[k];
        }
        for (int k = from; k < to; k++) {
            ws.edgeWeight[k] /= sum;
        }
    }

    /**
     * Nodes of the interval from an edge over a signed length, mapped by q = edge + length·t² with
     * t in [0, 1], in equal sub-pieces of t. In t the Gaussian is at most 2|length|/σ wide per unit,
     * ordinary fringes of frequency ω advance at most 2|length|·ω radians per unit, and a slab of
     * thickness d whose edge this is adds its chirp, which the map makes uniform: 2d·√(2·edge·|length|)
     * radians per unit (doubled for waves that cross it twice more).
     */
    private static int side(double edge, double length, double chirp, double frequency, double xi, double s,
            SmearingWorkspace ws, int used) {
        double span = Math.abs(length);
        if (!(span > 0)) {
            return used;
        }
        double phase = 2 * span * frequency + 4 * chirp * Math.sqrt(2 * Math.abs(edge) * span);
        int parts = (int) Math.ceil(Math.max(2 * span / (PIECE * s), phase / PHASE));
        ws.ensureEdgeNodes(used + parts * ORDER);
        for (int p = 0; p < parts; p++) {
            for (int j = 0; j < ORDER; j++) {
                double t = (p + GL_POINT[j]) / parts;
                double q = edge + length * t * t;
                ws.edgeNode[used] = q;
                ws.edgeWeight[used] = GL_WEIGHT[j] / parts * 2 * span * t * ResolutionSmearing.phi((q - xi) / s) / s;
                used++;
            }
        }
        return used;
    }

    /** Nodes of [l, r] without a singular end, in equal sub-pieces. */
    private static int plain(double l, double r, double frequency, double xi, double s, SmearingWorkspace ws,
            int used) {
        double span = r - l;
        int parts = (int) Math.ceil(Math.max(span / (PIECE * s), span * frequency / PHASE));
        ws.ensureEdgeNodes(used + parts * ORDER);
        for (int p = 0; p < parts; p++) {
            for (int j = 0; j < ORDER; j++) {
                double q = l + span * (p + GL_POINT[j]) / parts;
                ws.edgeNode[used] = q;
                ws.edgeWeight[used] = GL_WEIGHT[j] / parts * span * ResolutionSmearing.phi((q - xi) / s) / s;
                used++;
            }
        }
        return used;
    }

    private static int firstAbove(double[] edges, int count, double value) {
        int lo = 0;
        int hi = count;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (edges[mid] <= value) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
