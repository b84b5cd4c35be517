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
 * beyond which it holds below 1e-13 of its weight) minus the integral of φ over the tails times the
 * piecewise-cubic interpolant of the curve through the grid nodes. Only the interpolation error
 * of the tails (which hold ≈ 4.7e-4 of the weight for a 3.5σ cut) remains.
 *
 * <h2>Kinks</h2>
 * A fixed grid converges slowly across a square-root kink (reflectivity has them at Q = 0 and at
 * the backing medium's critical edge). This map knows nothing of the curve, so
 * {@link SmearedReflectivity} replaces the points whose window holds a kink by
 * {@link EdgeQuadrature}, which splits at the kink and straightens it.
 *
 * <h2>Accuracy and cost (measured; see the tests and {@link KernelBenchmark})</h2>
 * With the defaults (2.5 nodes per σ, cut at 3.5σ) through {@link SmearedReflectivity}: ORSO test 4
 * (dQ/Q = 5 % FWHM) to 5.5e-6 max relative deviation, at the one point next to the critical edge
 * where the reference's own 10001-point quadrature is the less accurate one (a 40-point edge rule
 * gives the same value); elsewhere below 1e-6. A 17-point Gauss–Legendre rule per point
 * ({@link #gaussLegendre}, refnx's default) is off by 3.0e-2 there. Against an independent fine
 * quadrature on other stacks (thick films, strong absorption, dQ/Q 1–10 %, constant dQ): 1e-8 to
 * 1.2e-5 with the cut Gaussian, the rest being the cubic interpolation in its tails; below 1e-7
 * with a whole Gaussian. Cost: 0.3–0.65 of the 17-point rule's time for 100–1000 points.
 */
public final class ResolutionSmearing {

    /** Half-width, in σ, of the sampled Gaussian: beyond it lies less than 1e-13 of the weight. */
    static final double REACH = 7.5;

    private static final double INV_SQRT_2PI = 1 / Math.sqrt(2 * Math.PI);
    private static final double INV_SQRT_2 = 1 / Math.sqrt(2);
    private static final double[] TAIL_POINTS = new double[6];
    private static final double[] TAIL_WEIGHTS = new double[6];

    static {
        GaussIntegrator rule = new GaussIntegratorFactory().legendre(TAIL_POINTS.length, 0, 1);
        for (int g = 0; g < TAIL_POINTS.length; g++) {
            TAIL_POINTS[g] = rule.getPoint(g);
            TAIL_WEIGHTS[g] = rule.getWeight(g);
        }
    }

    private final double[] nodes;
    private final int[] firstNode;
    private final int[] offset;
    private final double[] weights;
    private final double maxFrequency;

    private ResolutionSmearing(double[] nodes, int[] firstNode, int[] offset, double[] weights,
            double maxFrequency) {
        this.nodes = nodes;
        this.firstNode = firstNode;
        this.offset = offset;
        this.weights = weights;
        this.maxFrequency = maxFrequency;
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
        return new Builder(x, sigma, settings).build();
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
        int points = firstNode.length;
        for (int i = 0; i < points; i++) {
            int from = offset[i];
            int to = offset[i + 1];
            int shift = firstNode[i] - from;
            double sum = 0;
            for (int k = from; k < to; k++) {
                sum += weights[k] * values[k + shift];
            }
            out[i] = sum;
        }
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

    /** Builds the shared grid and the weights. */
    private static final class Builder {
        private final double[] x;
        private final double[] sigma;
        private final SmearingSettings settings;
        private final double[] sortedX;
        private final double[] sortedSigma;
        private double[] grid = new double[256];
        private double[] jacobian = new double[256];
        private int gridCount;
        private double sigmaSlope;
        private double sigmaIntercept;
        private double sigmaScale;
        private double sigmaFloor;

        Builder(double[] x, double[] sigma, SmearingSettings settings) {
            this.x = x.clone();
            this.sigma = sigma.clone();
            this.settings = settings;
            for (int i = 0; i < x.length; i++) {
                if (!Double.isFinite(x[i]) || !(sigma[i] >= 0) || Double.isInfinite(sigma[i])) {
                    throw new IllegalArgumentException("point " + i + ": x " + x[i] + " and resolution "
                            + sigma[i] + " must be finite with resolution >= 0");
                }
            }
            Integer[] order = smearedPointsByX();
            sortedX = new double[order.length];
            sortedSigma = new double[order.length];
            for (int s = 0; s < order.length; s++) {
                sortedX[s] = x[order[s]];
                sortedSigma[s] = sigma[order[s]];
            }
        }

        private Integer[] smearedPointsByX() {
            return java.util.stream.IntStream.range(0, x.length).filter(i -> sigma[i] > 0).boxed()
                    .sorted((a, b) -> Double.compare(x[a], x[b])).toArray(Integer[]::new);
        }

        ResolutionSmearing build() {
            layGrid();
            int n = x.length;
            int exact = 0;
            for (double s : sigma) {
                exact += s > 0 ? 0 : 1;
            }
            double[] nodes = Arrays.copyOf(grid, gridCount + exact);
            int[] first = new int[n];
            int[] offset = new int[n + 1];
            double[] w = new double[64];
            int used = 0;
            int nextExact = gridCount;
            for (int i = 0; i < n; i++) {
                offset[i] = used;
                if (!(sigma[i] > 0)) {
                    nodes[nextExact] = x[i];
                    first[i] = nextExact++;
                    w = ensure(w, used + 1);
                    w[used++] = 1;
                    continue;
                }
                int lo = lowerBound(x[i] - REACH * sigma[i]);
                int hi = lowerBound(Math.nextUp(x[i] + REACH * sigma[i])) - 1;
                first[i] = lo;
                w = ensure(w, used + hi - lo + 1);
                weigh(i, lo, hi, w, used);
                used += hi - lo + 1;
            }
            offset[n] = used;
            return new ResolutionSmearing(nodes, first, offset, Arrays.copyOf(w, used), settings.maxFrequency());
        }

        /** Weights of point i over grid nodes lo..hi into w[at..]. */
        private void weigh(int i, int lo, int hi, double[] w, int at) {
            double xi = x[i];
            double s = sigma[i];
            for (int k = lo; k <= hi; k++) {
                w[at + k - lo] = jacobian[k] * phi((grid[k] - xi) / s) / s;
            }
            double cut = settings.cutoff();
            if (cut < REACH) {
                for (int k = lo; k < hi; k++) {
                    double ua = (grid[k] - xi) / s;
                    double ub = (grid[k + 1] - xi) / s;
                    if (ua < -cut) {
                        subtractTail(w, at, lo, hi, k, xi, s, ua, Math.min(ub, -cut));
                    }
                    if (ub > cut) {
                        subtractTail(w, at, lo, hi, k, xi, s, Math.max(ua, cut), ub);
                    }
                }
            }
            if (settings.renormalize()) {
                double sum = 0;
                for (int k = lo; k <= hi; k++) {
                    sum += w[at + k - lo];
                }
                for (int k = lo; k <= hi; k++) {
                    w[at + k - lo] /= sum;
                }
            }
        }

        /**
         * Removes ∫_a^b φ(u)·C(u) du from the weights, where [a, b] is the part of segment k
         * (between grid nodes k and k+1) beyond the cut and C the cubic through the four nearest
         * nodes: the Gaussian's tail, which the trapezoid weights of the whole Gaussian include.
         * Integrated by Gauss–Legendre on [a, b], exact to far below the interpolation error.
         */
        private void subtractTail(double[] w, int at, int lo, int hi, int k, double xi, double s,
                double a, double b) {
            int m0 = Math.max(lo, Math.min(k - 1, hi - 3));
            int count = Math.min(4, hi - lo + 1);
            for (int g = 0; g < TAIL_POINTS.length; g++) {
                double u = a + (b - a) * TAIL_POINTS[g];
                double mass = (b - a) * TAIL_WEIGHTS[g] * phi(u);
                double xu = xi + s * u;
                for (int m = m0; m < m0 + count; m++) {
                    double basis = 1;
                    for (int o = m0; o < m0 + count; o++) {
                        if (o != m) {
                            basis *= (xu - grid[o]) / (grid[m] - grid[o]);
                        }
                    }
                    w[at + m - lo] -= mass * basis;
                }
            }
        }

        /** Lays the shared grid over every window [x_i − REACH·σ_i, x_i + REACH·σ_i]. */
        private void layGrid() {
            int count = sortedX.length;
            if (count == 0) {
                return;
            }
            fitSigmaLine();
            double[][] windows = new double[count][];
            for (int s = 0; s < count; s++) {
                windows[s] = new double[] {sortedX[s] - REACH * sortedSigma[s], sortedX[s] + REACH * sortedSigma[s]};
            }
            Arrays.sort(windows, (a, b) -> Double.compare(a[0], b[0]));
            double start = windows[0][0];
            double end = windows[0][1];
            for (int s = 1; s <= count; s++) {
                if (s < count && windows[s][0] <= end) {
                    end = Math.max(end, windows[s][1]);
                    continue;
                }
                layPiece(start, end);
                if (s < count) {
                    start = windows[s][0];
                    end = windows[s][1];
                }
            }
        }

        /** Nodes from a until one past b, stepping the map x'(k) = h(x) with Runge–Kutta. */
        private void layPiece(double a, double b) {
            double at = a;
            if (gridCount > 0 && at <= grid[gridCount - 1]) {
                at = grid[gridCount - 1] + spacing(grid[gridCount - 1]);
            }
            while (true) {
                double h = spacing(at);
                add(at, h);
                if (at > b) {
                    return;
                }
                double k1 = h;
                double k2 = spacing(at + 0.5 * k1);
                double k3 = spacing(at + 0.5 * k2);
                double k4 = spacing(at + k3);
                at += (k1 + 2 * k2 + 2 * k3 + k4) / 6;
            }
        }

        private void add(double node, double jac) {
            if (gridCount == grid.length) {
                grid = Arrays.copyOf(grid, 2 * gridCount);
                jacobian = Arrays.copyOf(jacobian, 2 * gridCount);
            }
            grid[gridCount] = node;
            jacobian[gridCount] = jac;
            gridCount++;
        }

        /** Local grid spacing: m nodes per σ, and fine enough for oscillations up to maxFrequency. */
        private double spacing(double at) {
            return 1 / (settings.nodesPerSigma() / localSigma(at) + settings.maxFrequency() / (2 * Math.PI));
        }

        /**
         * The σ the grid follows: a straight line α + βx fitted to the points' σ and lowered until
         * it lies at or below every point's own σ, smoothly floored at a quarter of the smallest σ. A
         * straight line (exact for constant dQ and for constant dQ/Q) keeps the map x(k) smooth; an
         * interpolant with kinks would cost the trapezoid rule its spectral accuracy near each kink.
         */
        private double localSigma(double at) {
            double line = sigmaScale * (sigmaIntercept + sigmaSlope * at);
            // A smooth maximum of the line and the floor, so the map has no kink where they meet.
            double smooth = 0.5 * (line + Math.sqrt(line * line + 4 * sigmaFloor * sigmaFloor));
            return Math.max(smooth, 0.125 * sigmaFloor);
        }

        private void fitSigmaLine() {
            int count = sortedX.length;
            double mx = 0;
            double ms = 0;
            double min = Double.POSITIVE_INFINITY;
            for (int k = 0; k < count; k++) {
                mx += sortedX[k] / count;
                ms += sortedSigma[k] / count;
                min = Math.min(min, sortedSigma[k]);
            }
            double sxx = 0;
            double sxs = 0;
            for (int k = 0; k < count; k++) {
                sxx += (sortedX[k] - mx) * (sortedX[k] - mx);
                sxs += (sortedX[k] - mx) * (sortedSigma[k] - ms);
            }
            double slope = sxx > 0 ? sxs / sxx : 0;
            double intercept = ms - slope * mx;
            double scale = 1;
            for (int k = 0; k < count; k++) {
                double line = intercept + slope * sortedX[k];
                if (!(line > 0)) {
                    slope = 0;
                    intercept = min;
                    scale = 1;
                    break;
                }
                scale = Math.min(scale, sortedSigma[k] / line);
            }
            sigmaSlope = slope;
            sigmaIntercept = intercept;
            sigmaScale = scale;
            sigmaFloor = 0.25 * min;
        }

        /** First grid index whose node is ≥ value. */
        private int lowerBound(double value) {
            int lo = 0;
            int hi = gridCount;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (grid[mid] < value) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }

        private static double[] ensure(double[] w, int size) {
            return size <= w.length ? w : Arrays.copyOf(w, Math.max(size, 2 * w.length));
        }
    }
}
