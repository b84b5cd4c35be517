package org.evofit.core.refl.instrument;

/**
 * GenX's conversions between the data's x coordinate and q. Angles are in degrees, q in Å⁻¹,
 * wavelengths in Å; θ is half the scattering angle 2θ, so q = 4π/λ·sin θ.
 *
 * <p>GenX's 2θ offset {@code tthoff} is added to the scattering angle of every point: in 2θ coordinates
 * to x itself, in q coordinates to the 2θ that x corresponds to (and q is passed through untouched
 * when the offset is exactly zero, which is also what GenX does).
 */
public final class GenxCoordinates {

    /**
     * GenX's floor for q in Å⁻¹: every q below it (0, negative q from an offset or from resolution
     * points left of the origin) is raised to it before the reflectivity is computed.
     */
    public static final double Q_LIMIT = 1e-10;

    private static final double RAD = Math.PI / 180.0;

    private GenxCoordinates() {
    }

    /** q = 4π/λ·sin(2θ/2) for a scattering angle in degrees. */
    public static double twoThetaToQ(double wavelength, double twoThetaDegrees) {
        return 4.0 * Math.PI / wavelength * Math.sin(RAD / 2.0 * twoThetaDegrees);
    }

    /** θ in degrees (half the scattering angle) for q; NaN where λq/(4π) exceeds 1. */
    public static double qToTheta(double wavelength, double q) {
        return Math.asin(wavelength / 4.0 / Math.PI * q) / RAD;
    }

    /** 2θ in degrees for q. */
    public static double qToTwoTheta(double wavelength, double q) {
        return qToTheta(wavelength, q) * 2.0;
    }

    /**
     * The q at which GenX computes the reflectivity of data point x (before {@link #Q_LIMIT} is
     * applied).
     *
     * @param coords     what x is
     * @param wavelength λ in Å
     * @param tthoff     GenX's 2θ offset in degrees
     * @param x          the data point
     */
    public static double toQ(Coordinates coords, double wavelength, double tthoff, double x) {
        if (coords == Coordinates.TWO_THETA) {
            return twoThetaToQ(wavelength, x + tthoff);
        }
        return tthoff == 0 ? x : twoThetaToQ(wavelength, qToTwoTheta(wavelength, x) + tthoff);
    }

    /** The data point x whose {@link #toQ} is q: the inverse conversion. */
    public static double fromQ(Coordinates coords, double wavelength, double tthoff, double q) {
        if (coords == Coordinates.TWO_THETA) {
            return qToTwoTheta(wavelength, q) - tthoff;
        }
        return tthoff == 0 ? q : twoThetaToQ(wavelength, qToTwoTheta(wavelength, q) - tthoff);
    }

    /**
     * dq/dx at data point x: 1 for q data, (4π/λ)·cos θ·π/360 per degree of 2θ (θ including the 2θ
     * offset). Turns a resolution width in x into one in q.
     */
    public static double dqdx(Coordinates coords, double wavelength, double tthoff, double x) {
        if (coords == Coordinates.Q) {
            return 1;
        }
        double theta = Math.toRadians((x + tthoff) / 2);
        return 4 * Math.PI / wavelength * Math.cos(theta) * Math.PI / 360;
    }

    /**
     * {@link #toQ} of {@code x[0..n)} into {@code q[0..n)}, each raised to at least {@link #Q_LIMIT} as
     * GenX does before its reflectivity calculation.
     */
    public static void toLimitedQ(Coordinates coords, double wavelength, double tthoff, double[] x,
                                  int n, double[] q) {
        for (int k = 0; k < n; k++) {
            q[k] = Math.max(toQ(coords, wavelength, tthoff, x[k]), Q_LIMIT);
        }
    }
}
