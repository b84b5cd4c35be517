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
    /**
     * The interpolating polynomial's Lagrange basis in powers of v = 2u − 1 (u in [0, 1], centred so
     * its coefficients stay small): basis j is Σ_k MONOMIAL[j·ORDER + k]·v^k.
     */
    private static final double[] MONOMIAL = new double[ORDER * ORDER];

    /**
     * A cut part shorter than this many σ takes the {@link #SHORT_POINT} rule: six Gauss–Legendre points
     * are exact to degree 11, which holds the interpolating polynomial times the map's slope (degree 8)
     * and what the Gaussian varies over one σ. On every accuracy test's curves the deviations were the
     * same to three digits with 1σ (1.5σ moved random10's worst from 9.6e-9 to 3.3e-8, 2.5σ to 1.5e-7).
     */
    private static final double SHORT_CUT = 1;
    /** Gauss–Legendre nodes and weights on [0, 1] for a short cut part ({@link #SHORT_CUT}). */
    private static final double[] SHORT_POINT = new double[6];
    private static final double[] SHORT_WEIGHT = new double[6];

    static {
        GaussIntegrator shortRule = new GaussIntegratorFactory().legendre(SHORT_POINT.length, 0, 1);
        for (int j = 0; j < SHORT_POINT.length; j++) {
            SHORT_POINT[j] = shortRule.getPoint(j);
            SHORT_WEIGHT[j] = shortRule.getWeight(j);
        }
        GaussIntegrator rule = new GaussIntegratorFactory().legendre(ORDER, 0, 1);
        for (int j = 0; j < ORDER; j++) {
            POINT[j] = rule.getPoint(j);
            WEIGHT[j] = rule.getWeight(j);
        }
        for (int j = 0; j < ORDER; j++) {
            basisInPowers(j);
        }
    }

    /** Fills basis j's row of {@link #MONOMIAL}: ∏_{m≠j} (v − c_m)/(c_j − c_m), c_m = 2·POINT[m] − 1. */
    private static void basisInPowers(int j) {
        double[] poly = new double[ORDER];
        poly[0] = 1;
        double scale = 1;
        int degree = 0;
        for (int m = 0; m < ORDER; m++) {
            if (m == j) {
                continue;
            }
            double c = 2 * POINT[m] - 1;
            for (int k = ++degree; k > 0; k--) {
                poly[k] = poly[k - 1] - c * poly[k];
            }
            poly[0] *= -c;
            scale *= (2 * POINT[j] - 1) - c;
        }
        for (int k = 0; k < ORDER; k++) {
            MONOMIAL[j * ORDER + k] = poly[k] / scale;
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
    /** The last layout's pieces: how many, and how many of the new one's first pieces equal them (−1: all so far). */
    private int previous;
    private int same = -1;
    /** The nodes, {@link #ORDER} per piece in piece order. */
    double[] node = new double[16 * ORDER];
    /** The curve at the nodes, filled by the caller. */
    double[] value = new double[16 * ORDER];
    /**
     * Each node's Gauss–Legendre weight times |dq/dt| there: its weight in q but for the Gaussian, which
     * depends on the point; laid once per piece rather than per point and piece.
     */
    private double[] mass = new double[16 * ORDER];

    /**
     * Starts a new layout, watching which of its first pieces are the last one's to the bit
     * ({@link #sameCount}).
     */
    void clear() {
        previous = count;
        same = -1;
        count = 0;
    }

    /** Starts a new layout with nothing to compare it with: the last one was for other points. */
    void forget() {
        clear();
        previous = 0;
    }

    /**
     * How many of the pieces laid since {@link #clear} lead the layout unchanged: each with the same map and
     * range, so the same nodes and masses, as the piece at its index had in the last layout.
     */
    int sameCount() {
        return same < 0 ? count : same;
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
            mass = Arrays.copyOf(mass, grown * ORDER);
            value = new double[grown * ORDER];
        }
        if (same < 0 && (count >= previous || !laidAs(count, a, len, sq, from, to))) {
            same = count;
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
        double width = to - from;
        // The piece's fields as locals: the nodes' arrays might alias the fields for the JIT.
        double steep = Math.abs(len);
        int at = count * ORDER;
        for (int j = 0; j < ORDER; j++) {
            double t = from + width * POINT[j];
            node[at + j] = map(a, len, sq, t);
            mass[at + j] = WEIGHT[j] * width * slope(steep, sq, t);
        }
        count++;
    }

    /** Whether piece p holds this map and range, bit for bit. */
    private boolean laidAs(int p, double a, double len, boolean sq, double from, double to) {
        return squared[p] == sq && bits(anchor[p]) == bits(a) && bits(length[p]) == bits(len)
                && bits(t0[p]) == bits(from) && bits(t1[p]) == bits(to);
    }

    private static long bits(double v) {
        return Double.doubleToRawLongBits(v);
    }

    private double map(int p, double t) {
        return map(anchor[p], length[p], squared[p], t);
    }

    /** q at t of a piece with this anchor, length and map (q = anchor + length·t² where squared, else linear). */
    private static double map(double anchor, double length, boolean squared, double t) {
        return anchor + length * (squared ? t * t : t);
    }

    /** |dq/dt| at t of a piece with this |length| and map. */
    private static double slope(double steep, boolean squared, double t) {
        return steep * (squared ? 2 * t : 1);
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
     * The first pass of piece p's weights for the point at x (1/σ = perSigma), its Gaussian cut to the
     * window [a, b], whose weights go to w[at..at + ORDER) ({@link EdgeWeights}): a piece wholly inside the
     * window writes its nodes' (node − x)/σ into the arguments' slots at..at + ORDER, their masses into w
     * and 1/σ into the scales; a piece the window cuts, its inner rule's points' (q − x)/σ, ones, and is
     * recorded in {@code weights}.
     */
    void arguments(int p, double x, double perSigma, double a, double b, double[] w, int at, EdgeWeights weights) {
        double[] args = weights.arguments();
        double[] scale = weights.scales();
        if (qLo[p] >= a && qHi[p] <= b) {
            for (int j = 0; j < ORDER; j++) {
                args[at + j] = (node[p * ORDER + j] - x) * perSigma;
                w[at + j] = mass[p * ORDER + j];
                scale[at + j] = perSigma;
            }
            return;
        }
        boolean rising = length[p] > 0;
        double tA = a > qLo[p] ? inverse(p, a) : rising ? t0[p] : t1[p];
        double tB = b < qHi[p] ? inverse(p, b) : rising ? t1[p] : t0[p];
        double tLo = Math.min(tA, tB);
        double span = Math.abs(tB - tA);
        // A short cut part is a quarter cheaper with six points (laying is paid on every curve of a fit
        // that varies an SLD).
        boolean shortPart = Math.abs(map(p, tB) - map(p, tA)) * perSigma < SHORT_CUT;
        double[] point = shortPart ? SHORT_POINT : POINT;
        weights.cut(p, at, tLo, span, perSigma, shortPart);
        double base = anchor[p];
        double len = length[p];
        boolean sq = squared[p];
        for (int g = 0; g < point.length; g++) {
            double t = tLo + span * point[g];
            args[at + g] = (map(base, len, sq, t) - x) * perSigma;
        }
        for (int g = point.length; g < ORDER; g++) {
            args[at + g] = 0;
        }
        for (int g = 0; g < ORDER; g++) {
            w[at + g] = 1;
            scale[at + g] = 1;
        }
    }

    /**
     * The weights w[at..at + ORDER) of piece p for a point (1/σ = perSigma) whose window cuts it to
     * [tLo, tLo + span] in t, from the densities φ at the cut part's inner rule's points, w[at..) on entry:
     * an inner rule over the cut part, the curve there the piece's interpolating polynomial, whose moments in
     * v = 2u − 1 (u in [0, 1] across the piece) give each basis polynomial's integral. The cut pieces, at
     * most two a point, were two fifths of laying: so an end the window does not cut takes the piece's own
     * t (no square root, no division), the moments stay in locals, and basis ORDER − 1 − j is basis j
     * mirrored (v to −v, the nodes symmetric), its odd powers' coefficients negated, so half the products.
     */
    void weighCut(int p, double tLo, double span, double perSigma, boolean shortPart, double[] w, int at) {
        double toV = 1 / (t1[p] - t0[p]);
        double centre = t0[p] + t1[p];
        double m0 = 0;
        double m1 = 0;
        double m2 = 0;
        double m3 = 0;
        double m4 = 0;
        double m5 = 0;
        double m6 = 0;
        double m7 = 0;
        double[] point = shortPart ? SHORT_POINT : POINT;
        double[] weight = shortPart ? SHORT_WEIGHT : WEIGHT;
        double steep = Math.abs(length[p]);
        boolean sq = squared[p];
        for (int g = 0; g < point.length; g++) {
            double t = tLo + span * point[g];
            double f = weight[g] * span * slope(steep, sq, t) * w[at + g] * perSigma;
            double v = (2 * t - centre) * toV;
            double v2 = v * v;
            double v4 = v2 * v2;
            double fv = f * v;
            m0 += f;
            m1 += fv;
            m2 += f * v2;
            m3 += fv * v2;
            m4 += f * v4;
            m5 += fv * v4;
            m6 += f * v2 * v4;
            m7 += fv * v2 * v4;
        }
        for (int j = 0; j < ORDER / 2; j++) {
            int r = j * ORDER;
            double even = MONOMIAL[r] * m0 + MONOMIAL[r + 2] * m2 + MONOMIAL[r + 4] * m4 + MONOMIAL[r + 6] * m6;
            double odd = MONOMIAL[r + 1] * m1 + MONOMIAL[r + 3] * m3 + MONOMIAL[r + 5] * m5 + MONOMIAL[r + 7] * m7;
            w[at + j] = even + odd;
            w[at + ORDER - 1 - j] = even - odd;
        }
    }
}
