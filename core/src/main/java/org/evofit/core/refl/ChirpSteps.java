package org.evofit.core.refl;

import static org.evofit.core.refl.EdgeQuadrature.GAUSSIAN_BAND;
import static org.evofit.core.refl.EdgeQuadrature.HARMONICS;
import static org.evofit.core.refl.EdgeQuadrature.PHASE;

/**
 * How much of a thick slab's chirp one {@link EdgePieces} piece next to its edge may span
 * ({@link EdgeSide}), in the slab's phase d·√(q² − edge²) above the edge or its decay
 * d·√(edge² − q²) below it. The curve there is a sum of multiple reflections through the slab, the
 * nth turning n times as fast, and the error of the polynomial through a piece's nodes (which a cut
 * window integrates) grows like the change across the piece to the power {@link EdgePieces#ORDER}. A
 * term of weight w spanning n·Δ is therefore as well integrated as one of weight 1 spanning
 * n·Δ·w^(1/ORDER): next to the edge, where every term weighs about 1, the first
 * {@link EdgeQuadrature#HARMONICS} allow Δ = {@link EdgeQuadrature#PHASE}/HARMONICS, as before; away
 * from it the terms' weights fall and the pieces may grow. Never less than that.
 */
final class ChirpSteps {

    /**
     * Relative size of {@link #below}'s last Newton step: the steps approach the exact step from below and
     * converge quadratically, a move of m leaving at most m²/(2·step) (the left side's curvature over twice
     * its slope is at most 1/(2·step)), so within 4.5e-4 of it; 3e-4 at worst over decays 1-40, where the
     * bisection before stopped within 1e-3. One to three steps.
     */
    static final double TOLERANCE = 0.03;
    /** The least step {@link #above} and {@link #below} return. */
    static final double LEAST = PHASE / HARMONICS;
    /**
     * The growths at which the weakest of the first harmonics changes from the nth to the (n + 1)th (their
     * weights' powers g^n/n and g^(n+1)/(n+1) cross at g = (n + 1)/n), for n from 1; below the last the
     * HARMONICS-th is the weakest.
     */
    private static final double[] GROWTH = new double[(int) HARMONICS - 1];
    /** The decay from which the exact step's growth is above GROWTH[k]: the step there plus ORDER·ln GROWTH[k]. */
    private static final double[] BREAK_FAR = new double[GROWTH.length];
    /** ORDER·ln GROWTH[k]: how much less than the decay the step where the growth is GROWTH[k] is. */
    private static final double[] BREAK_LOG = new double[GROWTH.length];

    static {
        for (int k = 0; k < GROWTH.length; k++) {
            GROWTH[k] = (k + 2.0) / (k + 1);
            BREAK_LOG[k] = EdgePieces.ORDER * Math.log(GROWTH[k]);
            BREAK_FAR[k] = PHASE * weakestGrowing(GROWTH[k]) + BREAK_LOG[k];
        }
    }

    private ChirpSteps() {
    }

    /**
     * The step below an edge from where the slab's decay is {@code far}: its nth term weighs
     * exp(−n·D), taken at the piece's end nearest the edge, where it weighs most, so the step Δ and that end
     * are solved together: Δ = PHASE·min_n g^n/n with g = exp((far − Δ)/ORDER) (at least 1). Each term's own
     * equation has one root and Δ is the least of them, the term weakest at Δ; which one that is, comparisons
     * with the places where the weakest changes tell ({@link #GROWTH}), and its root, ln(nΔ/PHASE) =
     * n·(far − Δ)/ORDER, Newton's method from below (the left side is concave in Δ, so the steps stay below
     * the root and never give a longer step than the exact one but for rounding), two or three logarithms
     * where the bisection before took 12-15 halvings (~215 ns a call, on every curve of a fit that varies an SLD).
     */
    static double below(double far) {
        if (!(far > LEAST) || !(far < Double.MAX_VALUE)) {
            return LEAST;
        }
        int k = 0;
        while (k < GROWTH.length && !(far > BREAK_FAR[k])) {
            k++;
        }
        // Term n = k + 1 is the weakest at the exact step, which lies above where the growth is GROWTH[k − 1]
        // (the test failed there) and at most far − (ORDER/n)·ln(n·far/PHASE) below far (the step is below far).
        double n = k + 1;
        double start = k == 0 ? LEAST : far - BREAK_LOG[k - 1];
        double step = Math.max(start, far - EdgePieces.ORDER / n * Math.log(n * far / PHASE));
        double rate = n / EdgePieces.ORDER;
        for (int iteration = 0; iteration < 40; iteration++) {
            double move = (rate * (far - step) - Math.log(n * step / PHASE)) / (1 / step + rate);
            step += move;
            if (!(move > TOLERANCE * step)) {
                break;
            }
        }
        return Math.max(LEAST, step);
    }

    /**
     * A lower bound on {@link #below}, without its logarithms: where the decay far is above BREAK_FAR[k] the
     * exact step's growth is above GROWTH[k], so the step is at least the step there, PHASE·weakestGrowing(
     * GROWTH[k]) (weakestGrowing rises with the growth); less a margin for rounding. Lets {@link EdgeSide} skip
     * {@link #below} where a piece's other bounds are shorter anyway.
     */
    static double belowAtLeast(double far) {
        for (int k = 0; k < GROWTH.length; k++) {
            if (far > BREAK_FAR[k]) {
                return (BREAK_FAR[k] - BREAK_LOG[k]) * (1 - 1e-6);
            }
        }
        return LEAST;
    }

    /**
     * The step above an edge from q up (q the piece's end nearest the edge): the nth term weighs at
     * most ρⁿ, ρ bounding the product of the slab's reflections up and down the stack. Each of the
     * stack's interfaces reflects at most (k₊ − k₋)/(k₊ + k₋) with k± the largest and smallest
     * kz any layer has at q (none evanescent: else ρ = 1), and m interfaces together at most
     * tanh(m·artanh r) (reflections compose like a hyperbolic distance): the slab's two sides, of
     * all the stack's interfaces between them, at most tanh(interfaces/2 · artanh r) each.
     * Absorption and roughness only lower them.
     */
    static double above(double q, SmearingWorkspace ws) {
        double rho = reflections(q, ws);
        if (!(rho < 1)) {
            return PHASE / HARMONICS;
        }
        return Math.max(PHASE / HARMONICS, PHASE * weakestGrowing(growth(rho)));
    }

    /**
     * exp(−ln ρ / ORDER) = ρ^(−1/ORDER), for ORDER a power of two by square roots (three for eight): a logarithm
     * and an exponential were paid here per piece above a thick slab's edge on every curve of a fit that varies
     * an SLD.
     */
    private static double growth(double rho) {
        if (Integer.bitCount(EdgePieces.ORDER) != 1) {
            return Math.exp(-Math.log(rho) / EdgePieces.ORDER);
        }
        double root = rho;
        for (int n = EdgePieces.ORDER; n > 1; n >>= 1) {
            root = Math.sqrt(root);
        }
        return 1 / root;
    }

    /**
     * Whether, from q (above e) up, the chirp of a slab of thickness d whose edge is e outruns the shared grid
     * of a point of resolution s ({@link EdgeQuadrature#chirpZone}) in a harmonic heavy enough to matter:
     * the grid integrates a harmonic of weight A and frequency f with an error of about A times the Gaussian's
     * spectrum where f aliases, so a harmonic weighing A may come closer to the grid's limit by the band
     * √(GAUSSIAN_BAND² + 2·ln A) instead of {@link EdgeQuadrature#GAUSSIAN_BAND}; one weighing less than
     * exp(−GAUSSIAN_BAND²/2) never matters. The nth weighs at most ρⁿ/(1 − ρ)² ({@link #reflections} at q,
     * which only falls above it, the (1 − ρ)² for the sum of the reflections' products that beat at its
     * frequency), its frequency n·d·q/√(q² − e²) the fastest at q.
     */
    static boolean outrunsGrid(double d, double e, double q, double s, double nodesPerSigma, double frequency,
            SmearingWorkspace ws) {
        double rho = reflections(q, ws);
        if (!(rho < 1)) {
            return true;
        }
        double rate = d * q / Math.sqrt(q * q - e * e);
        double logRho = Math.log(rho);
        double lift = -2 * Math.log1p(-rho);
        for (int n = 1; n <= HARMONICS; n++) {
            double band2 = GAUSSIAN_BAND * GAUSSIAN_BAND + 2 * (n * logRho + lift);
            if (!(band2 > 0)) {
                return false;
            }
            if (n * rate > (2 * Math.PI * nodesPerSigma - Math.sqrt(band2)) / s + frequency) {
                return true;
            }
        }
        return false;
    }

    /**
     * The highest Q up to which some edge reaches a point's watch (x − REACH·s) for points of resolution up to
     * maxSigma, where {@link EdgeQuadrature#lay}'s scan stops: an edge itself, or a thick slab's edge plus its
     * chirp zone ({@link EdgeQuadrature#chirpZone}), which grows with s where the grid resolves more than the
     * Gaussian's band, else is bounded by the edge's own Q. Constant widths on examples/neutron-film's data scan
     * 44 points instead of 64 on every relaid curve (the edge's Q alone, as before).
     */
    static double highestReach(SmearingWorkspace ws, int edgeCount, double maxSigma, double nodesPerSigma,
            double frequency) {
        boolean growing = 2 * Math.PI * nodesPerSigma > GAUSSIAN_BAND;
        double highest = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < edgeCount; k++) {
            double e = ws.edges[k];
            double d = ws.edgeThickness[k];
            double zone = !(d > 0) ? 0
                    : growing ? EdgeQuadrature.chirpZone(d, e, maxSigma, nodesPerSigma, frequency) : e;
            highest = Math.max(highest, e + zone);
        }
        return highest;
    }

    /** ρ of {@link #above}: the bound on the product of a slab's reflections at q; 1 where some layer is evanescent. */
    static double reflections(double q, SmearingWorkspace ws) {
        double q2 = q * q;
        if (!(q2 > ws.stepMax)) {
            return 1;
        }
        double kMin = Math.sqrt(q2 - ws.stepMax);
        double kMax = Math.sqrt(q2 - ws.stepMin);
        // tanh(m·artanh r) = (1 − k^m)/(1 + k^m) with k = (1 − r)/(1 + r) = k₋/k₊: products and a square root
        // instead of a logarithm and a hyperbolic tangent (the scan over points and the pieces above a thick
        // slab's edge ask this on every curve of a fit that varies an SLD).
        double k = kMin / kMax;
        double power = (ws.interfaces & 1) == 0 ? 1 : Math.sqrt(k);
        for (int m = ws.interfaces >> 1; m > 0; m >>= 1) {
            power = (m & 1) == 0 ? power : power * k;
            k *= k;
        }
        double side = (1 - power) / (1 + power);
        return side * side;
    }

    /**
     * min over the first HARMONICS terms, the nth weighing exp(−n·decay), of weight^(−1/ORDER)/n, from
     * grow = exp(decay/ORDER): the step per unit of PHASE. Its powers by products: {@link #below}'s bisection
     * asks this ~40 times a piece on every call whose edges moved (a fit varying SLDs), where one power
     * function per term cost more than the curve's kernel evaluations.
     */
    private static double weakestGrowing(double grow) {
        double power = grow;
        double step = grow;
        for (int n = 2; n <= HARMONICS; n++) {
            power *= grow;
            double term = power / n;
            // grow ≥ 1 (or NaN, kept): no signed zero, so a comparison does what Math.min did, cheaper.
            step = term < step ? term : step;
        }
        return step;
    }
}
