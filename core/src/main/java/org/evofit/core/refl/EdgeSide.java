package org.evofit.core.refl;

import static org.evofit.core.refl.EdgeQuadrature.HARMONICS;
import static org.evofit.core.refl.EdgeQuadrature.NEAR_EDGE;
import static org.evofit.core.refl.EdgeQuadrature.PHASE;
import static org.evofit.core.refl.EdgeQuadrature.PIECE;

/**
 * Lays the {@link EdgePieces} on one side of a critical edge for {@link EdgeQuadrature}: from the
 * edge over a signed length, in the variable t where q = edge + length·t², each piece as long as
 * the Gaussian, the fringes and the chirp of the slab whose edge it is allow.
 */
final class EdgeSide {

    /**
     * The longest leftover, as a fraction of the piece before it, that the last piece of a side laid
     * away from its edge takes up rather than leaving it to a piece of its own: 0.35 saved relative
     * widths 16 of their 280 edge nodes on examples/neutron-film's data, and moved no accuracy test's
     * deviation.
     */
    static final double LEFTOVER = 0.35;

    /**
     * How far from its edge, in σ, a piece must lie (all of it) to be as long as {@link #PIECE_FAR}·σ
     * rather than {@link EdgeQuadrature#PIECE}·σ: there the square-root map has long straightened the
     * kink and the piece's eight points need only follow the Gaussian and the fringes. See
     * {@link #PIECE_FAR} for the figures.
     */
    static final double FAR = 2;
    /**
     * Longest piece, in σ, beyond {@link #FAR}σ of its edge. 3 laid 192 / 224 / 192 edge nodes instead of
     * 200 / 248 / 208 on examples/neutron-film's constant / relative / pointwise widths, and kept the
     * worst deviation of a 156-curve sweep (four stacks, relative dQ/Q 2-8 %, three point offsets,
     * against brute force) at 6.41e-7 (its 10-layer random stack 1.8e-8 to 3.2e-8); 3.25 took the
     * random stack to 2.4e-7 and ORSO test 6 to 4.6e-7, 3.5 the sweep to 7.3e-7 (test 0), and 4 from
     * 5σ to 5.4e-6 (test 6).
     */
    static final double PIECE_FAR = 3;

    /**
     * A piece's longest span in t², from q on (away from the edge above it, towards it below it), for
     * resolution s on a side of the given span.
     */
    private static double gaussian(double e, double q, double s, double span, boolean below) {
        boolean far = Math.abs(q - e) - (below ? PIECE_FAR * s : 0) > FAR * s;
        return (far ? PIECE_FAR : PIECE) * s / span;
    }

    private EdgeSide() {
    }

    /**
     * The pieces from an edge over a signed length, mapped by q = edge + length·t² with t in [0, 1],
     * laid in ascending Q. Each piece is as long in t as three bounds allow: its length in q at most
     * {@link EdgeQuadrature#PIECE}·σ (the Gaussian), σ the narrowest resolution among the points whose
     * windows reach it ({@link ClusterWidths}; sMin, the cluster's narrowest, where none does, and
     * sMax its widest, so that a piece cannot reach a point the bound missed) and, next to the edge,
     * {@link EdgeQuadrature#NEAR_EDGE}·PIECE·σ/|length| in t; and the phase it spans at most
     * {@link EdgeQuadrature#PHASE}, in the faster of two oscillations: the ordinary fringes, ω·Δq, and,
     * for a slab of thickness d whose edge this is, its chirp's {@link EdgeQuadrature#HARMONICS}th
     * harmonic, HARMONICS·d·√(q² − edge²) above the edge (below it, where the slab's wave is
     * evanescent, its decay HARMONICS·d·√(edge² − q²)), both taken exactly across the piece
     * ({@link #chirpEnd}); where the stack's reflections bound the harmonics' weight, the weaker ones
     * may span more ({@link ChirpSteps}). Bounding the chirp by its rate at the edge end plus the fringes' at the far
     * end, as before, laid 336 / 296 / 288 edge nodes for examples/neutron-film's constant / pointwise
     * / relative widths; this lays 296 / 264 / 264 (with {@link #LEFTOVER}), the accuracy tests'
     * deviations all far inside their bounds (the largest change: SmearingAccuracyTest's test6 with
     * constant σ, whole Gaussian, 2.6e-10 to 2.0e-9 against 2e-8). Pieces grow away from the edge,
     * where q moves faster per unit of t. The side above an edge is laid from the edge out, its last
     * piece taking up a short leftover; the side below is laid from its far end in, so that its
     * pieces end at the edge as short as they come (laid from the edge out, the 10-layer random
     * stack of SmearingAccuracyTest went from 2e-9 to 2.4e-6).
     */
    static void lay(double edge, double length, double chirp, double frequency, double sMin, double sMax,
            SmearingWorkspace ws) {
        double span = Math.abs(length);
        if (!(span > 0)) {
            return;
        }
        double e = Math.abs(edge);
        double fringe = frequency > 0 ? PHASE / frequency : Double.POSITIVE_INFINITY;
        if (length > 0) {
            double t = 0;
            while (t < 1) {
                double q = e + span * t * t;
                double gaussian = gaussian(e, q, ws.widths.narrowest(q, q + PIECE_FAR * sMax, sMin), span, false);
                double bound = Math.min(1, Math.min(t + NEAR_EDGE * gaussian, Math.sqrt(t * t + gaussian)));
                double next = Math.min(bound, phaseEndAbove(e, q, chirp, fringe, span, bound, ws));
                if (1 - next < LEFTOVER * (next - t)) {
                    next = 1;
                }
                ws.pieces.side(edge, length, t, next);
                t = next;
            }
        } else {
            double t = 1;
            while (t > 0) {
                double q = e - span * t * t;
                double gaussian = gaussian(e, q, ws.widths.narrowest(q, q + PIECE_FAR * sMax, sMin), span, true);
                double bound = Math.max(0,
                        Math.max(t - NEAR_EDGE * gaussian, Math.sqrt(Math.max(0, t * t - gaussian))));
                double next = Math.max(bound, phaseEndBelow(e, q, chirp, fringe, span, bound, ws));
                ws.pieces.side(edge, length, next, t);
                t = next;
            }
        }
    }

    /**
     * Above the edge, the t of the piece from q's end as the fringes and the slab's chirp allow, or {@code bound}
     * where they allow at least that: the chirp's own step (a bisection or a bound on the stack's reflections, on
     * every piece of every curve of a fit varying an SLD) is asked only when its lower bound does not settle it.
     */
    private static double phaseEndAbove(double e, double q, double chirp, double fringe, double span, double bound,
            SmearingWorkspace ws) {
        if (Math.sqrt((Math.min(q + fringe, chirpEnd(e, q, chirp, true, true, ws)) - e) / span) >= bound) {
            return bound;
        }
        return Math.sqrt((Math.min(q + fringe, chirpEnd(e, q, chirp, true, false, ws)) - e) / span);
    }

    /** Below the edge, as {@link #phaseEndAbove}: the t where the piece from q may end, or {@code bound}. */
    private static double phaseEndBelow(double e, double q, double chirp, double fringe, double span, double bound,
            SmearingWorkspace ws) {
        if (Math.sqrt(Math.max(0, e - Math.min(q + fringe, chirpEnd(e, q, chirp, false, true, ws))) / span) <= bound) {
            return bound;
        }
        return Math.sqrt(Math.max(0, e - Math.min(q + fringe, chirpEnd(e, q, chirp, false, false, ws))) / span);
    }

    /**
     * Lays [from, to], above the edge of a slab of thickness d and holding no edge, for points taken over for
     * that slab's chirp ({@link EdgeQuadrature#chirpZone}): equal pieces sized for the fringes, as a cluster without
     * an edge had, do not follow it (a 2000 Å film of 4.66e-6 Å⁻² on Si, relative widths of 1 % on 200 points over
     * 0.01-0.25 Å⁻¹, a point whose window starts 1σ above the edge: 1.46e-5 of the converged curve). Pieces
     * equal in t where q = edge + (to − edge)·t², in which the chirp d·√(q² − edge²) runs nearly evenly: as many
     * as its {@link EdgeQuadrature#HARMONICS}th harmonic needs for {@link EdgeQuadrature#PHASE} a piece, and as the
     * Gaussian and the fringes need for the longest in q (the last, at most 2·(to − edge)·(1 − start)/parts long).
     */
    static void chirping(double edge, double d, double from, double to, double sMin, double frequency,
            SmearingWorkspace ws) {
        double length = to - edge;
        double start = Math.sqrt((from - edge) / length);
        double chirp = HARMONICS * d * (Math.sqrt(to * to - edge * edge) - Math.sqrt(from * from - edge * edge));
        double longest = 2 * length * (1 - start);
        int parts = Math.max(1, (int) Math.ceil(Math.max(chirp / PHASE,
                Math.max(longest / (PIECE * sMin), longest * frequency / PHASE))));
        for (int p = 0; p < parts; p++) {
            double t0 = start + (1 - start) * p / parts;
            double t1 = p + 1 == parts ? 1 : start + (1 - start) * (p + 1) / parts;
            ws.pieces.side(edge, length, t0, t1);
        }
    }

    /**
     * Where, going up in Q from q, the chirp of a slab of thickness d whose edge is e has gained as much
     * phase (above the edge) or its evanescent decay has lost as much (below it; at most e) as a piece
     * may span ({@link ChirpSteps}); infinity for no slab (d ≤ 0). With {@code least}, from a lower bound on
     * that span, no further from q than the place itself (the span's bounds cost a comparison or two, the
     * span itself a bisection or the stack's reflections).
     */
    private static double chirpEnd(double e, double q, double d, boolean above, boolean least,
            SmearingWorkspace ws) {
        if (!(d > 0)) {
            return Double.POSITIVE_INFINITY;
        }
        if (above) {
            double step = least ? ChirpSteps.LEAST : ChirpSteps.above(q, ws);
            double g = Math.sqrt(Math.max(0, q * q - e * e)) + step / d;
            return Math.sqrt(e * e + g * g);
        }
        double depth = Math.sqrt(Math.max(0, e * e - q * q));
        double step = least ? ChirpSteps.belowAtLeast(d * depth) : ChirpSteps.below(d * depth);
        double h = depth - step / d;
        return h > 0 ? Math.sqrt(e * e - h * h) : e;
    }
}
