package org.evofit.core.refl;

import java.util.Arrays;
import org.apache.commons.math3.analysis.integration.gauss.GaussIntegrator;
import org.apache.commons.math3.analysis.integration.gauss.GaussIntegratorFactory;

/**
 * The nodes {@link EdgeQuadrature} shares among all points near a critical edge: pieces in ascending
 * Q, each with {@link #ORDER} Gauss–Legendre nodes in a variable t where q = anchor + length·t (plain)
 * or q = anchor + length·t² (next to an edge, which makes a square-root kink or a chirp smooth).
 *
 * <p>Every nearby point integrates over the same nodes, so the kernel runs once per node rather than
 * once per node and point (a thick film's critical edge used to cost each of its ~20 neighbours
 * ~250 evaluations of its own). A piece wholly inside a point's window takes the Gauss–Legendre
 * weights times the point's Gaussian; a piece its window cuts is integrated over the cut part only,
 * with the curve interpolated by the polynomial through the piece's nodes (degree {@code ORDER − 1},
 * as accurate as the rule itself), so a cut Gaussian needs no node at its cut.
 */
final class EdgePieces {

    /** Gauss–Legendre points per piece. */
    static final int ORDER = 8;

    private static final double[] POINT = new double[ORDER];
    private static final double[] WEIGHT = new double[ORDER];
    /** Barycentric weights of the interpolating polynomial through {@link #POINT}. */
    private static final double[] BARY = new double[ORDER];

    static {
        GaussIntegrator rule = new GaussIntegratorFactory().legendre(ORDER, 0, 1);
        for (int j = 0; j < ORDER; j++) {
            POINT[j] = rule.getPoint(j);
            WEIGHT[j] = rule.getWeight(j);
        }
        for (int j = 0; j < ORDER; j++) {
            double product = 1;
            for (int m = 0; m < ORDER; m++) {
                product *= m == j ? 1 : POINT[j] - POINT[m];
            }
            BARY[j] = 1 / product;
        }
    }

    private double[] anchor = new double[16];
    private double[] length = new double[16];
    private boolean[] squared = new boolean[16];
    private double[] t0 = new double[16];
    private double[] t1 = new double[16];
    private double[] qLo = new double[16];
    private double[] qHi = new double[16];
    private int count;
    /** The nodes, {@link #ORDER} per piece in piece order. */
    double[] node = new double[16 * ORDER];
    /** The curve at the nodes, filled by the caller. */
    double[] value = new double[16 * ORDER];
    private final double[] basis = new double[ORDER];

    /** Forgets every piece. */
    void clear() {
        count = 0;
    }

    /** The number of pieces. */
    int count() {
        return count;
    }

    /** The number of nodes. */
    int nodeCount() {
        return count * ORDER;
    }

    /** The interval [l, r] in {@code parts} equal pieces. */
    void plain(double l, double r, int parts) {
        for (int p = 0; p < parts; p++) {
            add(l, r - l, false, (double) p / parts, (double) (p + 1) / parts);
        }
    }

    /**
     * One piece of the interval from {@code edge} over a signed {@code span} (negative: to the left),
     * mapped by q = edge + span·t², for t from {@code from} to {@code to} (0 ≤ from < to ≤ 1). The
     * caller lays pieces in ascending Q.
     */
    void side(double edge, double span, double from, double to) {
        add(edge, span, true, from, to);
    }

    private void add(double a, double len, boolean sq, double from, double to) {
        if (count == anchor.length) {
            int grown = 2 * count;
            anchor = Arrays.copyOf(anchor, grown);
            length = Arrays.copyOf(length, grown);
            squared = Arrays.copyOf(squared, grown);
            t0 = Arrays.copyOf(t0, grown);
            t1 = Arrays.copyOf(t1, grown);
            qLo = Arrays.copyOf(qLo, grown);
            qHi = Arrays.copyOf(qHi, grown);
            node = Arrays.copyOf(node, grown * ORDER);
            value = new double[grown * ORDER];
        }
        anchor[count] = a;
        length[count] = len;
        squared[count] = sq;
        t0[count] = from;
        t1[count] = to;
        double qa = map(count, from);
        double qb = map(count, to);
        qLo[count] = Math.min(qa, qb);
        qHi[count] = Math.max(qa, qb);
        for (int j = 0; j < ORDER; j++) {
            node[count * ORDER + j] = map(count, from + (to - from) * POINT[j]);
        }
        count++;
    }

    private double map(int p, double t) {
        return anchor[p] + length[p] * (squared[p] ? t * t : t);
    }

    /** |dq/dt| of piece p at t. */
    private double slope(int p, double t) {
        return Math.abs(length[p]) * (squared[p] ? 2 * t : 1);
    }

    /** The t of piece p where it reaches q (inside the piece's range). */
    private double inverse(int p, double q) {
        double u = Math.max(0, (q - anchor[p]) / length[p]);
        return squared[p] ? Math.sqrt(u) : u;
    }

    /** The first piece at or after {@code from} whose range reaches above a. */
    int firstAbove(int from, double a) {
        int p = from;
        while (p < count && qHi[p] <= a) {
            p++;
        }
        return p;
    }

    /** Whether piece p starts at or beyond b. */
    boolean beyond(int p, double b) {
        return p >= count || qLo[p] >= b;
    }

    /**
     * Writes the weights of piece p's nodes for the point at x with resolution s, its Gaussian cut to
     * the window [a, b], into w[at..at + ORDER).
     */
    void weigh(int p, double x, double s, double a, double b, double[] w, int at) {
        double width = t1[p] - t0[p];
        // One division per point and piece instead of two per node: laying is paid on every curve of a
        // fit that varies an SLD (the edges move).
        double perSigma = 1 / s;
        if (qLo[p] >= a && qHi[p] <= b) {
            for (int j = 0; j < ORDER; j++) {
                double t = t0[p] + width * POINT[j];
                w[at + j] = WEIGHT[j] * width * slope(p, t) * ResolutionSmearing.phiLaid((node[p * ORDER + j] - x) * perSigma)
                        * perSigma;
            }
            return;
        }
        Arrays.fill(w, at, at + ORDER, 0);
        double ta = inverse(p, Math.max(a, qLo[p]));
        double tb = inverse(p, Math.min(b, qHi[p]));
        double lo = (Math.min(ta, tb) - t0[p]) / width;
        double hi = (Math.max(ta, tb) - t0[p]) / width;
        for (int g = 0; g < ORDER; g++) {
            // An inner rule over the cut part, the curve there the piece's interpolating polynomial.
            double u = lo + (hi - lo) * POINT[g];
            double t = t0[p] + width * u;
            double mass = WEIGHT[g] * (hi - lo) * width * slope(p, t) * ResolutionSmearing.phiLaid((map(p, t) - x) * perSigma)
                    * perSigma;
            accumulate(u, mass, w, at);
        }
    }

    /**
     * Adds mass times the Lagrange basis through {@link #POINT} at u to w[at..at + ORDER): basis j is
     * BARY[j]·∏_{m≠j}(u − POINT[m]), by prefix and suffix products (at a node the others are exactly zero:
     * each holds its zero factor). No division, where the barycentric form took sixteen: laying is
     * paid on every curve of a fit that varies an SLD, and the cut pieces were ~40 % of it.
     */
    private void accumulate(double u, double mass, double[] w, int at) {
        double prefix = 1;
        for (int j = 0; j < ORDER; j++) {
            basis[j] = prefix;
            prefix *= u - POINT[j];
        }
        double suffix = mass;
        for (int j = ORDER - 1; j >= 0; j--) {
            w[at + j] += BARY[j] * basis[j] * suffix;
            suffix *= u - POINT[j];
        }
    }
}
