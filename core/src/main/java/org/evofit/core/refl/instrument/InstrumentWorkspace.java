package org.evofit.core.refl.instrument;

/**
 * Scratch memory for {@link GenxInstrument#apply}: one per thread and data set. Arrays are created on
 * first use and kept; they are replaced only when the number of points (or the fast-convolution
 * kernel) needs a different size, so repeated calls on one data set allocate nothing. Not thread-safe.
 */
public final class InstrumentWorkspace {

    private double[] expanded = new double[0];
    private double[] q = new double[0];
    private double[] r = new double[0];
    private double[] sigma = new double[0];
    private double[] dq = new double[0];
    private double[] kernel = new double[0];
    private final SortedPoints sorted = new SortedPoints();

    /** An empty workspace; it sizes itself on first use. */
    public InstrumentWorkspace() {
    }

    /** The expanded x points, exactly {@code n} long. */
    double[] expanded(int n) {
        if (expanded.length != n) {
            expanded = new double[n];
        }
        return expanded;
    }

    /** q at every point the reflectivity is computed at, exactly {@code n} long (handed to the kernel). */
    double[] q(int n) {
        if (q.length != n) {
            q = new double[n];
        }
        return q;
    }

    /** The reflectivity at those points, exactly {@code n} long (handed to the kernel). */
    double[] r(int n) {
        if (r.length != n) {
            r = new double[n];
        }
        return r;
    }

    /** The resolution in q per data point, exactly {@code n} long (handed to the smearing). */
    double[] dq(int n) {
        if (dq.length != n) {
            dq = new double[n];
        }
        return dq;
    }

    /** The resolution sigma per data point, at least {@code n} long. */
    double[] sigma(int n) {
        if (sigma.length < n) {
            sigma = new double[n];
        }
        return sigma;
    }

    /** The fast-convolution weights, at least {@code n} long; grows, never shrinks. */
    double[] kernel(int n) {
        if (kernel.length < n) {
            kernel = new double[n];
        }
        return kernel;
    }

    /** The data points in increasing order, for the modes that smear over the data grid. */
    SortedPoints sorted(double[] x, int n) {
        sorted.sort(x, n);
        return sorted;
    }
}
