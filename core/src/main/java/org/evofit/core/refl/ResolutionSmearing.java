package org.evofit.core.refl;

import java.util.Arrays;
import org.apache.commons.math3.analysis.integration.gauss.GaussIntegrator;
import org.apache.commons.math3.analysis.integration.gauss.GaussIntegratorFactory;
import org.apache.commons.math3.special.Erf;

/**
 * Gaussian resolution smearing as a fixed linear map: the curve is evaluated once at
 * {@link #nodes} and each smeared point is a weighted sum of those values. Built once per data set
 * (the x values and resolutions do not change during a fit), applied on every evaluation.
 *
 * <p>Point i gets ∫ R(x)·φ((x − x_i)/σ_i)/σ_i dx, with φ the standard normal density cut at
 * ±{@link SmearingSettings#cutoff()}·σ_i, optionally renormalised. σ_i is one standard deviation
 * per point ({@link #pointwise}) or one value for all ({@link #constant}, GenX's "fast conv").
 *
 * <h2>Method</h2>
 * Instead of an independent quadrature around every point, all points share one grid whose
 * spacing follows the local resolution: h(x) = 1/(m/σ(x) + ω/2π) with m nodes per σ and ω the
 * fastest oscillation of the curve (fringes), σ(x) a straight line at or below every point's σ. The grid is the
 * image of equally spaced indices under a smooth map x(k) with x'(k) = h(x), so the trapezoid rule
 * in k with weights x'(k) is spectrally accurate for a whole Gaussian: its error falls like
 * exp(−2π²m²) and m = 2.5 already puts it far below double rounding for smooth curves. Neighbouring
 * points reuse the same kernel evaluations, which is where the saving comes from: with dQ/Q of a few
 * percent and points closer than a few σ (usual data), a point costs 3–6 kernel evaluations instead
 * of 17.
 *
 * <p>A cut Gaussian is not smooth at the cut, which would ruin the trapezoid rule, so the cut is
 * handled exactly: weights = trapezoid weights of the whole Gaussian (sampled out to ±{@value #REACH}σ,
 * beyond which it holds below 1e-13 of its weight; ±{@value #CUT_REACH}σ for reflectivity) minus
 * the integral of φ over the tails times the polynomial through the 16 nearest grid nodes (at most the
 * point's run) standing for the curve. Only the interpolation error
 * of the tails (which hold ≈ 4.7e-4 of the weight for a 3.5σ cut) remains.
 *
 * <h2>Kinks</h2>
 * A fixed grid converges slowly across a square-root kink (reflectivity has them at Q = 0 and at
 * the backing medium's critical edge). This map knows nothing of the curve, so
 * {@link SmearedReflectivity} replaces the points whose window holds a kink by
 * {@link EdgeQuadrature}, which splits at the kink and straightens it.
 *
 * <h2>Accuracy and cost (measured; see the tests and {@link KernelBenchmark})</h2>
 * With the reflectivity defaults (1.05 nodes per σ, cut at 3.5σ; {@link SmearingSettings#REFLECTIVITY})
 * through {@link SmearedReflectivity}: ORSO test 4
 * (dQ/Q = 5 % FWHM) to 5.5e-6 max relative deviation, at the one point next to the critical edge
 * where the reference's own 10001-point quadrature is the less accurate one (a 40-point edge rule
 * gives the same value); elsewhere below 1e-6. A 17-point Gauss–Legendre rule per point
 * ({@link #gaussLegendre}, refnx's default) is off by 3.0e-2 there. Against an independent fine
 * quadrature on other stacks: below 2e-7 for a 1250 Å film, a Ni/Ti multilayer and points packed
 * around the critical edges with every accurate mode's widths (constant, relative, pointwise), below
 * 1e-6 for a 3000 Å film with the same widths; up to 6.4e-7 for a 3000 Å film at dQ/Q = 5 % FWHM,
 * where its fringes lie only ~3 grid nodes apart in the cut tails; below 2e-8 with a whole Gaussian. Cost: 0.3–0.65 of the 17-point rule's time for
 * 100–1000 points; beside GenX's fast conv, see {@code evofit bench --kernel}.
 */
public final class ResolutionSmearing {

    /** Half-width, in σ, of the sampled Gaussian: beyond it lies less than 1e-13 of the weight. */
    static final double REACH = 7.5;
    /**
     * Half-width, in σ, to which {@link SmearedReflectivity} samples a Gaussian cut shorter than it (issue 17):
     * the whole Gaussian beyond holds 8e-11 of the weight, and its sum stops ~2e-10 short of the trapezoid's,
     * far below the 1e-6 asked of the smeared curve; between the cut and this reach the tails' polynomial
     * subtracts exactly what the trapezoid sampled. A point's run of nodes is 13σ long instead of 15σ:
     * examples/neutron-film's bench data 553 / 636 / 576 -> 548 / 626 / 571 kernel evaluations (constant /
     * relative / pointwise) and ~13 % fewer multiply-adds in the grid's sums. At 1.05 nodes per σ a run then
     * holds ~14 nodes, the tails' polynomial all of them: next to ORSO test 0's chirp (150 curves at relative
     * dQ/Q 2-8 % FWHM, six point offsets, against brute force) the worst deviation went from 1.30e-6 to
     * 3.6e-7; 7 left 1.4e-6 there and 6 5e-6 (SmearingAccuracyTest's stacks). Not for {@link #pointwise}'s
     * general use, whose constant-curve weights are held to 1e-12 (SmearingApiTest), nor for a whole
     * Gaussian: renormalised, its truncation weighs the curve's change across the window (ORSO test 0 next to
     * its chirp, 3.6e-10 -> 1.7e-8 against SmearingAccuracyTest's 2e-8).
     */
    static final double CUT_REACH = 6.5;

    private static final double INV_SQRT_2PI = 1 / Math.sqrt(2 * Math.PI);
    private static final double INV_SQRT_2 = 1 / Math.sqrt(2);

    private final double[] nodes;
    private final int[] firstNode;
    private final int[] offset;
    private final double[] weights;
    private final double maxFrequency;
    /** The weights laid out for {@link VectorPointSums}, or {@code null} where the JVM has no Vector API. */
    private final PointBlocks blocks;
    /** How many points use each node ({@link #nodeUsers}). */
    private final int[] users;

    ResolutionSmearing(double[] nodes, int[] firstNode, int[] offset, double[] weights,
            double maxFrequency) {
        this.nodes = nodes;
        this.firstNode = firstNode;
        this.offset = offset;
        this.weights = weights;
        this.maxFrequency = maxFrequency;
        this.blocks = KernelImplementation.VECTOR.available()
                ? PointBlocks.of(VectorPointSums.lanes(), firstNode, offset, weights) : null;
        // Every point's nodes are one run, so the counts are a running sum of runs' starts and ends.
        this.users = new int[nodes.length + 1];
        for (int i = 0; i < firstNode.length; i++) {
            users[firstNode[i]]++;
            users[firstNode[i] + offset[i + 1] - offset[i]]--;
        }
        for (int k = 1; k < users.length; k++) {
            users[k] += users[k - 1];
        }
    }

    /**
     * How many points use each node, node k's count at k: {@link GridNeeds} starts from these when it leaves out
     * the points the edge quadrature takes over, on whichever of a data set's grids a stack takes. Must not be
     * modified.
     */
    int[] nodeUsers() {
        return users;
    }

    /**
     * Smearing with one resolution per point.
     *
     * @param x        the points (any order)
     * @param sigma    one standard deviation per point, in the units of x; 0 leaves a point unsmeared
     * @param settings grid and window settings
     * @return the smearing map
     */
    public static ResolutionSmearing pointwise(double[] x, double[] sigma, SmearingSettings settings) {
        if (sigma.length != x.length) {
            throw new IllegalArgumentException(x.length + " points but " + sigma.length + " resolutions");
        }
        return new SmearingGrid(x, sigma, settings, REACH).build();
    }

    /**
     * As {@link #pointwise(double[], double[], SmearingSettings)}, sampling each Gaussian to ±reach·σ.
     *
     * @param reach half-width in σ to which a Gaussian cut shorter is sampled (see {@link #CUT_REACH}); a
     *              whole Gaussian, or one cut beyond it, is sampled to {@link #REACH}
     */
    static ResolutionSmearing pointwise(double[] x, double[] sigma, SmearingSettings settings, double reach) {
        return new SmearingGrid(x, sigma, settings, settings.cutoff() < reach ? reach : REACH).build();
    }

    /**
     * Smearing with one resolution per point and the {@link SmearingSettings#DEFAULT default} settings.
     *
     * @param x     the points
     * @param sigma one standard deviation per point
     * @return the smearing map
     */
    public static ResolutionSmearing pointwise(double[] x, double[] sigma) {
        return pointwise(x, sigma, SmearingSettings.DEFAULT);
    }

    /**
     * Smearing with the same resolution at every point (GenX's "fast conv", in whatever coordinate
     * x is).
     *
     * @param x        the points
     * @param sigma    the standard deviation, in the units of x
     * @param settings grid and window settings
     * @return the smearing map
     */
    public static ResolutionSmearing constant(double[] x, double sigma, SmearingSettings settings) {
        double[] all = new double[x.length];
        Arrays.fill(all, sigma);
        return pointwise(x, all, settings);
    }

    /**
     * The classic independent quadrature, as refnx does it by default: per point, an
     * {@code order}-point Gauss–Legendre rule on [−cutoff·σ, cutoff·σ] with Gaussian weights, not
     * renormalised. Kept as the baseline the shared grid is measured against.
     *
     * @param x      the points
     * @param sigma  one standard deviation per point (0 leaves a point unsmeared)
     * @param order  quadrature points per point (refnx: 17)
     * @param cutoff half-width of the window in σ (refnx: 3.5)
     * @return the smearing map
     */
    public static ResolutionSmearing gaussLegendre(double[] x, double[] sigma, int order, double cutoff) {
        GaussIntegrator rule = new GaussIntegratorFactory().legendre(order, -1, 1);
        int n = x.length;
        double[] nodes = new double[n * order];
        double[] weights = new double[n * order];
        int[] first = new int[n];
        int[] offset = new int[n + 1];
        int used = 0;
        for (int i = 0; i < n; i++) {
            first[i] = used;
            offset[i] = used;
            if (sigma[i] > 0) {
                for (int j = 0; j < order; j++) {
                    double t = rule.getPoint(j);
                    nodes[used] = x[i] + cutoff * sigma[i] * t;
                    weights[used] = cutoff * rule.getWeight(j) * phi(cutoff * t);
                    used++;
                }
            } else {
                nodes[used] = x[i];
                weights[used] = 1;
                used++;
            }
        }
        offset[n] = used;
        return new ResolutionSmearing(Arrays.copyOf(nodes, used), first, offset, Arrays.copyOf(weights, used),
                Double.POSITIVE_INFINITY);
    }

    /** Where the unsmeared curve must be evaluated: a copy. */
    public double[] nodes() {
        return nodes.clone();
    }

    /** The node array itself, for evaluation without copying; must not be modified. */
    double[] nodeArray() {
        return nodes;
    }

    /** The number of nodes: the kernel evaluations one application costs. */
    public int nodeCount() {
        return nodes.length;
    }

    /** The first node point i's weights apply to (its nodes run on from there). */
    int firstNode(int i) {
        return firstNode[i];
    }

    /** How many nodes point i's weights apply to. */
    int nodeSpan(int i) {
        return offset[i + 1] - offset[i];
    }

    /** The number of smeared points. */
    public int pointCount() {
        return firstNode.length;
    }

    /** The fastest oscillation (radians per unit of x) the grid was made to follow. */
    public double maxFrequency() {
        return maxFrequency;
    }

    /**
     * The smeared curve from the unsmeared one at the nodes. Allocates nothing.
     *
     * @param values the unsmeared curve at {@link #nodes()}, same order
     * @param out    receives one smeared value per point, in the order the points were given
     */
    public void apply(double[] values, double[] out) {
        apply(values, firstNode, out);
    }

    /**
     * As {@link #apply(double[], double[])} on some of the nodes: point i's nodes start at
     * {@code first[i]} in values, and a point whose first is negative is left out (its value is
     * written by someone else).
     */
    void apply(double[] values, int[] first, double[] out) {
        if (blocks != null && VectorWarmUp.sumsFaster()) {
            applyBlocks(values, first, out);
        } else {
            applyEach(values, first, out);
        }
    }

    /** As {@link #apply(double[], int[], double[])}, one point at a time. */
    void applyEach(double[] values, int[] first, double[] out) {
        for (int i = 0; i < firstNode.length; i++) {
            if (first[i] >= 0) {
                out[i] = sum(i, values, first[i]);
            }
        }
    }

    /**
     * As {@link #apply(double[], int[], double[])}, neighbouring points summed side by side ({@link PointBlocks},
     * the same bits); needs the Vector API. Once a fit's warm-up has compiled these sums
     * ({@link VectorWarmUp#sumsFaster()}), apply takes this way.
     */
    void applyBlocks(double[] values, int[] first, double[] out) {
        int lanes = blocks.lanes();
        for (int b = 0; b < blocks.count(); b++) {
            boolean laid = blocks.aligned(b, first);
            if (laid) {
                VectorPointSums.sum(blocks, b, values, first, out);
            }
            for (int i = b * lanes; i < (b + 1) * lanes; i++) {
                // A NaN from a block may be a zero weight times a node the point does not use: sum it alone.
                if (first[i] >= 0 && (!laid || Double.isNaN(out[i]))) {
                    out[i] = sum(i, values, first[i]);
                }
            }
        }
        for (int i = blocks.count() * lanes; i < firstNode.length; i++) {
            if (first[i] >= 0) {
                out[i] = sum(i, values, first[i]);
            }
        }
    }

    /** This map's {@link PointBlocks}, or {@code null} where the JVM has no Vector API. */
    PointBlocks blocks() {
        return blocks;
    }

    /** The first node of every point, as {@link #apply(double[], int[], double[])} takes them for all nodes. */
    int[] firstNodes() {
        return firstNode;
    }

    /** Point i's weighted sum of its nodes' values, which start at values[start]. */
    private double sum(int i, double[] values, int start) {
        int from = offset[i];
        int to = offset[i + 1];
        int shift = start - from;
        double sum = 0;
        for (int k = from; k < to; k++) {
            sum += weights[k] * values[k + shift];
        }
        return sum;
    }

    static double phi(double u) {
        return INV_SQRT_2PI * Math.exp(-0.5 * u * u);
    }

    /** ∫_a^b φ(u) du for a ≤ b on one side of zero, without cancellation in the tails. */
    static double gaussMass(double a, double b) {
        if (a >= 0) {
            return 0.5 * (Erf.erfc(a * INV_SQRT_2) - Erf.erfc(b * INV_SQRT_2));
        }
        if (b <= 0) {
            return 0.5 * (Erf.erfc(-b * INV_SQRT_2) - Erf.erfc(-a * INV_SQRT_2));
        }
        return 0.5 * (Erf.erf(b * INV_SQRT_2) - Erf.erf(a * INV_SQRT_2));
    }
}
