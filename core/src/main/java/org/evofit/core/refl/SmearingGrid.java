package org.evofit.core.refl;

import static org.evofit.core.refl.ResolutionSmearing.phi;

import java.util.Arrays;
import org.apache.commons.math3.analysis.integration.gauss.GaussIntegrator;
import org.apache.commons.math3.analysis.integration.gauss.GaussIntegratorFactory;

/**
 * Builds a {@link ResolutionSmearing}: lays the shared grid over every point's window and computes
 * each point's weights on it (see {@link ResolutionSmearing} for the method). One use per map.
 */
final class SmearingGrid {

    /** Gauss–Legendre nodes and weights on [0, 1] for the integrals over the cut tails. */
    private static final double[] TAIL_POINTS = new double[6];
    private static final double[] TAIL_WEIGHTS = new double[6];
    /**
     * Nodes of the polynomial that stands for the curve in the cut tails. Sixteen (degree 15): where
     * fringes are only ~2.5 nodes apart a cubic misses them by a few percent, which the tails'
     * 4.7e-4 of the weight turned into 1e-5 of the smeared curve; degree 7 left up to 1.5e-6 on a
     * 3000 Å film, degree 11 2.4e-7 (AccurateModesAccuracyTest). With reflectivity's 1.1 nodes per σ
     * degree 11 left 7.2e-7 on SmearingAccuracyTest's 3000 Å film at dQ/Q = 5 % and 7.1e-7 next to
     * ORSO test 0's chirp, degree 15 3.0e-7 and 1.1e-7: the grid may be coarser when its tails'
     * polynomial is longer (issue 17). Only the weights' set-up pays.
     */
    private static final int TAIL_STENCIL = 16;
    /**
     * The tails' polynomial in a window of at least twice as many nodes, where fringes set the spacing
     * and the polynomial can centre on each tail segment: a Ni/Ti multilayer at dQ/Q = 8 % FWHM on a
     * logarithmic grid (~80 nodes a window near Q = 0.3 Å⁻¹, its fourth Bragg peak in the cut tails
     * at ~3.4 nodes a peak width) was 1.38e-6 off with sixteen, 4.9e-7 with twenty (issue 17). In
     * shorter windows the polynomial spans nearly the whole window and a longer one swings at its
     * ends: twenty from 28 nodes a window on took a 3000 Å film at σ = 8e-4 Å⁻¹ from 1.5e-7 to 3.7e-7;
     * from 30 or 40 on no curve of a 287-curve sweep against the converged smearing moved up.
     * Only the weights' set-up pays.
     */
    private static final int WIDE_TAIL_STENCIL = 20;
    /**
     * Nodes per period of the fastest fringe, beside the nodes per σ: the cut tails' polynomial
     * needs them where fringes, not the Gaussian, set the spacing (a thick film at large dQ/Q).
     * 1.1 left 1.2e-6 on SmearingAccuracyTest's 3000 Å film at dQ/Q = 5 % (3.0e-7 with 1.25).
     */
    private static final double FRINGE_NODES = 1.25;

    static {
        GaussIntegrator rule = new GaussIntegratorFactory().legendre(TAIL_POINTS.length, 0, 1);
        for (int g = 0; g < TAIL_POINTS.length; g++) {
            TAIL_POINTS[g] = rule.getPoint(g);
            TAIL_WEIGHTS[g] = rule.getWeight(g);
        }
    }

    private final double[] x;
    private final double[] sigma;
    private final SmearingSettings settings;
    /** Half-width of each point's sampled Gaussian, in σ (see {@link ResolutionSmearing#CUT_REACH}). */
    private final double reach;
    private final double[] sortedX;
    private final double[] sortedSigma;
    private double[] grid = new double[256];
    private double[] jacobian = new double[256];
    private int gridCount;
    private double sigmaSlope;
    private double sigmaIntercept;
    private double sigmaScale;
    private double sigmaFloor;

    SmearingGrid(double[] x, double[] sigma, SmearingSettings settings, double reach) {
        this.x = x.clone();
        this.sigma = sigma.clone();
        this.settings = settings;
        this.reach = reach;
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
            int lo = lowerBound(x[i] - reach * sigma[i]);
            int hi = lowerBound(Math.nextUp(x[i] + reach * sigma[i])) - 1;
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
        if (cut < reach) {
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
     * (between grid nodes k and k+1) beyond the cut and C the polynomial through the
     * {@value #TAIL_STENCIL} nearest nodes: the Gaussian's tail, which the trapezoid weights of the whole Gaussian include.
     * Integrated by Gauss–Legendre on [a, b], exact to far below the interpolation error.
     */
    private void subtractTail(double[] w, int at, int lo, int hi, int k, double xi, double s,
            double a, double b) {
        int stencil = hi - lo + 1 >= 2 * WIDE_TAIL_STENCIL ? WIDE_TAIL_STENCIL : TAIL_STENCIL;
        int m0 = Math.max(lo, Math.min(k - stencil / 2 + 1, hi - stencil + 1));
        int count = Math.min(stencil, hi - lo + 1);
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

    /** Lays the shared grid over every window [x_i − reach·σ_i, x_i + reach·σ_i]. */
    private void layGrid() {
        int count = sortedX.length;
        if (count == 0) {
            return;
        }
        fitSigmaLine();
        double[][] windows = new double[count][];
        for (int s = 0; s < count; s++) {
            windows[s] = new double[] {sortedX[s] - reach * sortedSigma[s], sortedX[s] + reach * sortedSigma[s]};
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
        return 1 / (settings.nodesPerSigma() / localSigma(at) + FRINGE_NODES * settings.maxFrequency() / (2 * Math.PI));
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
