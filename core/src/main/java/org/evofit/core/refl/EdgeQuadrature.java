package org.evofit.core.refl;

/**
 * Smearing near the kinks of a curve, where a fixed grid converges slowly.
 *
 * <p>Reflectivity has square-root kinks at Q = 0 and at the backing medium's critical edge, and
 * chirped fringes above the edges of thick slabs ({@link #edges}). A trapezoid rule across a kink
 * errs like h^1.5 (1e-2 at 2.5 nodes per σ on ORSO test 4). So every point whose window holds
 * such an edge is integrated separately: the union of such points' windows is split at the edges,
 * the part next to an edge is mapped by q = edge ± length·t², which turns √(q − edge) into a smooth
 * function of t, and is integrated by Gauss–Legendre on pieces short enough for the Gaussian and
 * the fringes ({@link EdgePieces}, laid by {@link EdgeSide}). The points whose windows overlap share
 * those nodes, each cutting its Gaussian exactly at its window's ends. Points a little above a thick slab's edge, whose windows
 * hold none of it but reach where its chirp is faster than the shared grid follows
 * ({@link #chirpZone}), are taken over too. The nodes depend on the stack (its edges), so they are
 * laid on every call, into the caller's {@link SmearingWorkspace}; only points near an edge pay.
 */
final class EdgeQuadrature {

    /**
     * Longest piece, in σ of q: keeps the Gaussian well resolved. 2 instead of 1.5 cut the edge nodes
     * on examples/neutron-film's data by 10-21 % (336, 344, 320 to 304, 272, 280); of the accuracy
     * tests only SmearingAccuracyTest's 10-layer random stack with constant σ moved, from 3e-10 to
     * 1.6e-8 (cut) and 4e-11 to 8.4e-9 (whole Gaussian, bound 2e-8). 2.5, with {@link #NEAR_EDGE}
     * lowered to keep the pieces next to an edge as they were, saved 8 / 8 / 16 more (constant /
     * relative / pointwise; the largest change examples/neutron-film's constant widths, 1.9e-10 to
     * 1.4e-8 of the converged curve); 3 let the random stack's edge reach 1.8e-6. It needs the spin states' edges
     * ({@link #edges}): without them a spin-flip channel's Zeeman threshold fell inside a piece
     * (9e-5 off, PolarisedAccurateResolutionTest).
     */
    static final double PIECE = 2.5;
    /**
     * Largest phase of the curve's oscillations across one piece, radians. The piece's 8-point rule
     * integrates 4 radians to ~1e-15; the polynomial through its nodes, which a cut window
     * integrates, holds them to ~5e-5, on a piece the Gaussian at its cut weighs ~1e-3 (2.5 gave
     * the same curves to 1e-9 with 1.4x the edge nodes: AccurateModesAccuracyTest).
     */
    static final double PHASE = 4;
    /**
     * A slab's edge is treated when the phase 2·kz·d its wave gains across the slab reaches this
     * many radians within the point's window: the chirp near the edge of a thick slab.
     */
    static final double CHIRP = 1;
    /**
     * Longest piece next to an edge, in t, as a multiple of {@link #PIECE}·σ/|length|: near the edge,
     * where a piece is short in q, the curve still needs this resolution in t (equal pieces sized for
     * the far end have 0.5; at 1 a 10-layer random stack's whole-Gaussian curve went from 1e-9 to
     * 3.3e-7 of the converged one, at 0.75 it is 4e-11: SmearingAccuracyTest). 0.6 with PIECE 2.5
     * keeps NEAR_EDGE·PIECE at the 1.5 it was.
     */
    static final double NEAR_EDGE = 0.6;
    /** Harmonics of a slab's chirp strong enough to matter next to its edge (reflectivity near 1 there). */
    static final double HARMONICS = 4;
    /**
     * Frequency, in 1/σ, beyond which a Gaussian's spectrum holds less than exp(−5²/2) ≈ 4e-6 of its weight:
     * what the grid must resolve beside a chirp it follows. 6.8 (1e-10) made the chirp zones, and the
     * edge nodes with them, grow as the grid coarsened (at 1.1 nodes per σ, 699 / 1030 / 818 evaluations
     * against 598 / 687 / 620 on examples/neutron-film's data); the chirp's harmonics are weaker than
     * the curve, so 5 kept every accuracy test within 3.4e-7 (issue 17 asks 1e-6); 4 let ORSO test 6's
     * edge reach 8.5e-7.
     */
    static final double GAUSSIAN_BAND = 5;
    /**
     * How far beyond a point's cut window, in σ, an edge above the point still takes it over: the grid's sum
     * samples the Gaussian to {@link ResolutionSmearing#CUT_REACH}σ and its tails' polynomial runs through all
     * those nodes, but a kink more than 2σ above the cut (5.5σ with refnx's 3.5σ) moved no curve by more than 3e-8.
     * Watching to {@link ResolutionSmearing#REACH}σ, as below a point, took over 27-28 points instead of 25-26 on
     * examples/neutron-film's data with constant widths and 11 instead of 9 with relative ones, whose laying a fit
     * that varies an SLD pays on every curve. A scratch sweep (287 curves: films of 800-3000 Å, ORSO tests 0 and
     * 6, a 10-layer random stack, a multilayer; constant σ 2-8e-4, relative dQ/Q 2-8 % FWHM, a TOF column; five Q
     * grids) against brute force: no curve moved by more than 3e-8 (test0, relative 2 %, 2.0e-8 to 4.8e-8); 1.5σ
     * moved test0 3.5e-8 to 1.4e-7, 1σ random10 3.3e-8 to 3.7e-7, 0.5σ a 3000 Å film to 1.03e-6. Below a point the
     * watch stays at REACH: 6.5σ took test0 to 7.8e-5 (its thick slab's edge merges with the backing medium's
     * kink, so no chirp zone watches it).
     */
    static final double ABOVE = 2;
    /** Marks a kink (Q = 0, the backing medium's edge) in the edge-thickness list. */
    static final double KINK = -1;

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
     * <p>Polarised neutrons see two potentials per layer, ρ ± |b| with b the layer's induction (its
     * magnetisation and the applied field), and enter in one of the fronting medium's two states: each
     * pair of incident state and layer state has its edge, and the spin-flipped wave's threshold in the
     * fronting medium itself (the Zeeman shift) is a kink too. Every channel gets all of them, since
     * the polariser's and analyser's efficiencies mix the four cross sections.
     *
     * @param splitting each layer's |b| (1e-6 Å⁻²), or {@code null} for unpolarised neutrons
     * @return how many
     */
    static int edges(SlabStack stack, double[] splitting, double maxSigma, SmearingWorkspace ws) {
        int n = stack.layerCount();
        double[] split = splitting != null && splitting.length == n ? splitting : null;
        int states = split != null ? 2 : 1;
        ws.ensureEdges(states * states * (n + 1) + 1);
        int count = insert(ws, 0, 0, KINK);
        ws.stepMax = 0;
        ws.stepMin = 0;
        ws.interfaces = n - 1;
        for (int in = 0; in < states; in++) {
            double u0 = potential(stack, split, 0, spin(in));
            for (int j = 0; j < n; j++) {
                for (int state = 0; state < states; state++) {
                    double u = potential(stack, split, j, spin(state));
                    ws.stepMax = Math.max(ws.stepMax, 4 * (u - u0));
                    ws.stepMin = Math.min(ws.stepMin, 4 * (u - u0));
                    if (u > u0) {
                        count = insert(ws, count, 2 * Math.sqrt(u - u0),
                                j == 0 || j == n - 1 ? KINK : stack.thickness()[j]);
                    }
                }
            }
        }
        for (int in = 0; in < states; in++) {
            for (int state = 0; state < states; state++) {
                count = wholeStack(stack, split, spin(in), spin(state), count, ws);
            }
        }
        // Thin slabs matter for no point (see matters): leave them out.
        int kept = 0;
        for (int k = 0; k < count; k++) {
            if (ws.edgeThickness[k] == KINK || matters(ws.edgeThickness[k], ws.edges[k], maxSigma)) {
                ws.edges[kept] = ws.edges[k];
                ws.edgeThickness[kept++] = ws.edgeThickness[k];
            }
        }
        return kept;
    }

    /**
     * Adds the edge of the stack between its fronting and backing media as one slab of their
     * mean potential: a multilayer of thin slabs chirps above it like a slab of its whole
     * thickness (ten Ni/Ti bilayers of 100 Å above Q = 0.0157 Å⁻¹, where none of its slabs has an
     * edge). A single slab's edge merges with its own.
     */
    private static int wholeStack(SlabStack stack, double[] splitting, int incidentSpin, int layerSpin, int count,
            SmearingWorkspace ws) {
        int n = stack.layerCount();
        double total = 0;
        double sum = 0;
        for (int j = 1; j < n - 1; j++) {
            total += stack.thickness()[j];
            sum += stack.thickness()[j] * potential(stack, splitting, j, layerSpin);
        }
        double u0 = potential(stack, splitting, 0, incidentSpin);
        if (!(total > 0) || !(sum / total > u0)) {
            return count;
        }
        return insert(ws, count, 2 * Math.sqrt(sum / total - u0), total);
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

    /**
     * Layer j's potential for a neutron whose spin is along (+1) or against (−1) its induction: the nuclear
     * part alone when {@code splitting} is {@code null} (unpolarised neutrons).
     */
    private static double potential(SlabStack stack, double[] splitting, int j, int spin) {
        return stack.uRe()[j] + (splitting == null ? 0 : spin * SlabStack.SLD_TO_U * splitting[j]);
    }

    /** +1 for spin state 0, −1 for state 1. */
    private static int spin(int state) {
        return 1 - 2 * state;
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
     * Lays the shared nodes near the edges into ws.pieces and each nearby point's weights on them:
     * the points in ws.points, point p's weights ws.edgeWeight[ws.start[p]..ws.start[p + 1]) for
     * the nodes from ws.firstNode[p] on. Points whose windows overlap share one cluster of pieces.
     *
     * @param byStart   the smeared points in ascending order of their window's start
     * @param maxSigma  the largest of sigma
     * @param frequency the fastest fringe frequency of the curve away from edges, radians per Å⁻¹
     * @param reuse     whether ws holds the last layout of the same points (x, sigma, settings, frequency), whose
     *                  leading points keep their weights where their pieces are the same
     * @return the number of such points
     */
    static int lay(double[] x, double[] sigma, int[] byStart, double maxSigma, SmearingSettings settings,
            double frequency, int edgeCount, boolean reuse, SmearingWorkspace ws) {
        // A point is taken over when an edge lies below it anywhere the shared grid would sample it (its trapezoid
        // sum covers ±REACH·σ, ±CUT_REACH·σ when cut: the watch stays at REACH all the same, the tails' polynomial
        // reaching towards a kink just beyond), or above it within ABOVE·σ of its window, and integrated over its
        // own window only.
        double reach = Math.min(settings.cutoff(), ResolutionSmearing.REACH);
        // No point whose window starts this far up is near an edge (nearAnEdge's tests), nor any after it in
        // byStart's order: the scan stops there instead of asking it of the hundreds of points above the edges
        // (a fifth of laying with relative widths, on every curve of a fit that varies an SLD).
        double past = (ChirpSteps.highestReach(ws, edgeCount, maxSigma, settings.nodesPerSigma(), frequency)
                + (ResolutionSmearing.REACH - reach) * maxSigma) * (1 + 1e-9);
        double above = Math.min(ResolutionSmearing.REACH, reach + ABOVE);
        ws.startLayout(reuse);
        int points = 0;
        int used = 0;
        ws.startAt(0, 0);
        int k = 0;
        while (k < byStart.length) {
            int first = points;
            ws.widths.clear();
            double from = 0;
            double to = 0;
            double sMin = Double.POSITIVE_INFINITY;
            double sMax = 0;
            for (; k < byStart.length; k++) {
                int i = byStart[k];
                double s = sigma[i];
                if (x[i] - reach * s > past) {
                    k = byStart.length;
                    break;
                }
                if (!(s > 0) || !nearAnEdge(ws, edgeCount, x[i], s, above, settings.nodesPerSigma(), frequency)) {
                    continue;
                }
                double a = x[i] - reach * s;
                if (points > first && a > to) {
                    break;
                }
                from = points == first ? a : from;
                to = Math.max(to, x[i] + reach * s);
                sMin = Math.min(sMin, s);
                sMax = Math.max(sMax, s);
                ws.widths.add(a, x[i] + reach * s, s);
                ws.point(points++, i);
            }
            if (points == first) {
                break;
            }
            int piece = ws.pieces.count();
            cluster(from, to, sMin, sMax, frequency, settings.nodesPerSigma(), edgeCount, ws);
            used = EdgeWeights.layCluster(x, sigma, reach, piece, first, points, used, ws);
        }
        ws.weights.weigh(reach, settings.renormalize(), points, ws);
        ws.laidPoints = points;
        return points;
    }

    /**
     * Whether an edge that matters lies within REACH·s below x or {@code above}·s above it ({@link #ABOVE}), or a
     * thick slab's edge lies so little below x that its chirp (see {@link #chirpZone}) reaches into x's window in
     * a harmonic heavy enough to matter there ({@link ChirpSteps#outrunsGrid}).
     */
    private static boolean nearAnEdge(SmearingWorkspace ws, int edgeCount, double x, double s, double above,
            double nodesPerSigma, double frequency) {
        double watch = ResolutionSmearing.REACH;
        double top = x + above * s;
        double[] edges = ws.edges;
        // Most points lie far above every edge's reach (or below the lowest): two comparisons settle them,
        // where the bisection below took a few more for each of a curve's hundreds of points.
        if (edgeCount == 0 || !(edges[edgeCount - 1] > (x - watch * s) / 2) || !(edges[0] < top)) {
            return false;
        }
        // A chirp zone is never wider than its edge's own Q, so no edge at or below half the window's start
        // reaches the window: the scan starts above it, as it did before chirp zones, by bisection. The
        // cheap test first, the chirp zone (a square root and two divisions) only for an edge below the
        // window: a fit that varies an SLD asks this of every point on every curve.
        for (int k = firstAbove(edges, edgeCount, (x - watch * s) / 2); k < edgeCount && edges[k] < top; k++) {
            double d = ws.edgeThickness[k];
            boolean reaches = edges[k] > x - watch * s
                    || d > 0 && edges[k] > x - watch * s - chirpZone(d, edges[k], s, nodesPerSigma, frequency)
                    && ChirpSteps.outrunsGrid(d, edges[k], x - watch * s, s, nodesPerSigma, frequency, ws);
            if (reaches && matters(ws, k, s)) {
                return true;
            }
        }
        return false;
    }

    /**
     * How far above the edge of a slab of thickness d the slab's chirp, with its first
     * {@link #HARMONICS} harmonics, is faster than the shared grid of a point of resolution s follows:
     * its phase d·√(q² − edge²) changes at d·q/√(q² − edge²) radians per unit of q, and the grid
     * (nodesPerSigma per σ and the fringe frequency) resolves 2π·nodesPerSigma/s + frequency of
     * which the Gaussian itself takes {@link #GAUSSIAN_BAND}/s.
     */
    static double chirpZone(double d, double edge, double s, double nodesPerSigma, double frequency) {
        double follow = (2 * Math.PI * nodesPerSigma - GAUSSIAN_BAND) / s + frequency;
        double ratio = follow / (HARMONICS * d);
        if (!(ratio > 1.01)) {
            return edge;
        }
        return Math.min(edge, edge * (ratio / Math.sqrt(ratio * ratio - 1) - 1));
    }

    /**
     * Lays the pieces of [from, to], the union of some points' windows (resolutions sMin to sMax): cut
     * at every edge that matters, each part integrated from its singular end(s); with no edge inside but a thick
     * slab's below, in whose chirp zone the points lie, pieces that follow its chirp ({@link EdgeSide#chirping}).
     */
    private static void cluster(double from, double to, double sMin, double sMax, double frequency,
            double nodesPerSigma, int edgeCount, SmearingWorkspace ws) {
        double[] edges = ws.edges;
        double left = from;
        boolean leftSingular = false;
        double leftChirp = 0;
        for (int k = firstAbove(edges, edgeCount, from); k <= edgeCount; k++) {
            boolean inside = k < edgeCount && edges[k] < to;
            if (inside && !matters(ws, k, sMax)) {
                continue;
            }
            double right = inside ? edges[k] : to;
            double rightChirp = inside ? Math.max(0, ws.edgeThickness[k]) : 0;
            if (leftSingular && inside) {
                double mid = 0.5 * (left + right);
                EdgeSide.lay(left, mid - left, leftChirp, frequency, sMin, sMax, ws);
                EdgeSide.lay(right, mid - right, rightChirp, frequency, sMin, sMax, ws);
            } else if (leftSingular) {
                EdgeSide.lay(left, right - left, leftChirp, frequency, sMin, sMax, ws);
            } else if (inside) {
                EdgeSide.lay(right, left - right, rightChirp, frequency, sMin, sMax, ws);
            } else if (k > 0 && ws.edgeThickness[k - 1] > 0 && matters(ws, k - 1, sMax) && left - edges[k - 1]
                    < chirpZone(ws.edgeThickness[k - 1], edges[k - 1], sMax, nodesPerSigma, frequency)
                    + ResolutionSmearing.REACH * sMax) {
                // No edge inside, a thick slab's just below, whose chirp zone took the points over.
                EdgeSide.chirping(edges[k - 1], ws.edgeThickness[k - 1], left, right, sMin, frequency, ws);
            } else {
                double span = right - left;
                int parts = (int) Math.ceil(Math.max(span / (PIECE * sMin), span * frequency / PHASE));
                ws.pieces.plain(left, right, Math.max(1, parts));
            }
            if (!inside) {
                break;
            }
            left = right;
            leftSingular = true;
            leftChirp = rightChirp;
        }
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
