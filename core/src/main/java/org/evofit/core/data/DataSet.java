package org.evofit.core.data;

import java.util.Arrays;

/**
 * One measured curve: points x, y with an optional 1-sigma error on y and an optional 1-sigma
 * resolution on x, and the x range that takes part in the fit.
 *
 * <p>Arrays are owned by the data set once passed in; callers must not modify them afterwards.
 *
 * @param name        label shown in results (unique within a model)
 * @param x           independent variable
 * @param y           measured values, same length as x
 * @param error       1-sigma errors of y, same length, or {@code null} when the data have none
 * @param xResolution 1-sigma resolution in x per point, same length, or {@code null}
 * @param xmin        lowest x that takes part in the fit (inclusive; -infinity for no limit)
 * @param xmax        highest x that takes part in the fit (inclusive; +infinity for no limit)
 * @param wavelength  each point's own wavelength in Å (time-of-flight data), same length, or {@code null}
 *                    when every point is measured at the instrument's one wavelength
 */
public record DataSet(String name, double[] x, double[] y, double[] error, double[] xResolution,
                      double xmin, double xmax, double[] wavelength) {

    /** Checks that all arrays have one length and that the range is ordered. */
    public DataSet {
        if (x.length != y.length) {
            throw new IllegalArgumentException("data set " + name + ": x has " + x.length
                    + " points but y has " + y.length);
        }
        if (error != null && error.length != x.length) {
            throw new IllegalArgumentException("data set " + name + ": error has " + error.length
                    + " points but x has " + x.length);
        }
        if (xResolution != null && xResolution.length != x.length) {
            throw new IllegalArgumentException("data set " + name + ": resolution has "
                    + xResolution.length + " points but x has " + x.length);
        }
        if (wavelength != null && wavelength.length != x.length) {
            throw new IllegalArgumentException("data set " + name + ": wavelength has " + wavelength.length
                    + " points but x has " + x.length);
        }
        if (xmin > xmax) {
            throw new IllegalArgumentException("data set " + name + ": xmin " + xmin
                    + " is greater than xmax " + xmax);
        }
    }

    /** A data set whose points share the instrument's wavelength. */
    public DataSet(String name, double[] x, double[] y, double[] error, double[] xResolution, double xmin,
                   double xmax) {
        this(name, x, y, error, xResolution, xmin, xmax, null);
    }

    /** A data set without errors, resolution or range limits. */
    public static DataSet of(String name, double[] x, double[] y) {
        return new DataSet(name, x, y, null, null, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
    }

    /** Number of points (all of them, inside or outside the fit range). */
    public int size() {
        return x.length;
    }

    /** Whether 1-sigma errors on y are present. */
    public boolean hasErrors() {
        return error != null;
    }

    /** This data set with a fit range. */
    public DataSet withRange(double newXmin, double newXmax) {
        return new DataSet(name, x, y, error, xResolution, newXmin, newXmax, wavelength);
    }

    /** This data set with each point's own wavelength in Å ({@code null}: the instrument's for all). */
    public DataSet withWavelength(double[] perPoint) {
        return new DataSet(name, x, y, error, xResolution, xmin, xmax, perPoint);
    }

    /** Whether each point has its own wavelength ({@link #wavelength()}). */
    public boolean hasWavelength() {
        return wavelength != null;
    }

    /** This data set with 1-sigma errors on y. */
    public DataSet withErrors(double[] newError) {
        return new DataSet(name, x, y, newError, xResolution, xmin, xmax, wavelength);
    }

    /** Whether point i lies in the fit range. */
    public boolean inRange(int i) {
        return x[i] >= xmin && x[i] <= xmax;
    }

    /**
     * The points inside the fit range as a data set of their own (range unlimited), in the original
     * order. Returns this data set when every point is inside.
     */
    public DataSet fitted() {
        int n = 0;
        for (int i = 0; i < x.length; i++) {
            if (inRange(i)) {
                n++;
            }
        }
        if (n == x.length) {
            return this;
        }
        double[] fx = new double[n];
        double[] fy = new double[n];
        double[] fe = error == null ? null : new double[n];
        double[] fr = xResolution == null ? null : new double[n];
        double[] fw = wavelength == null ? null : new double[n];
        int k = 0;
        for (int i = 0; i < x.length; i++) {
            if (inRange(i)) {
                fx[k] = x[i];
                fy[k] = y[i];
                if (fe != null) {
                    fe[k] = error[i];
                }
                if (fr != null) {
                    fr[k] = xResolution[i];
                }
                if (fw != null) {
                    fw[k] = wavelength[i];
                }
                k++;
            }
        }
        return new DataSet(name, fx, fy, fe, fr, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, fw);
    }

    @Override
    public String toString() {
        return "DataSet[" + name + ", " + x.length + " points, range " + xmin + ".." + xmax + "]";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DataSet d && name.equals(d.name) && Arrays.equals(x, d.x)
                && Arrays.equals(y, d.y) && Arrays.equals(error, d.error)
                && Arrays.equals(xResolution, d.xResolution) && xmin == d.xmin && xmax == d.xmax
                && Arrays.equals(wavelength, d.wavelength);
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + Arrays.hashCode(x);
    }
}
