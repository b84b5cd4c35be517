package org.evofit.core.refl.instrument;

/**
 * GenX's footprint corrections: the fraction of the incident beam that hits a sample of length L (mm)
 * at grazing angle θ. GenX takes θ from q (after the 2θ offset and q floor), θ = asin(λq/4π), and
 * multiplies the unsmeared reflectivity point by point <em>before</em> any resolution smearing.
 *
 * <ul>
 *   <li>Gaussian beam, standard deviation s (mm), sample centred: erf(L·sin θ / (2√2·s)) — the
 *       Gaussian's weight on the beam's cross-section ±L·sin θ/2 of the sample.</li>
 *   <li>Square beam of full width w (mm): L·sin θ / w, capped at 1 (GenX: any value that is not
 *       {@code <= 1}, NaN included, becomes 1).</li>
 * </ul>
 */
public final class Footprint {

    private static final double RAD = Math.PI / 180.0;
    private static final double SQRT2 = Math.sqrt(2.0);

    private Footprint() {
    }

    /**
     * Fraction of a Gaussian beam on a centred sample.
     *
     * @param thetaDegrees grazing angle θ (half of 2θ), degrees
     * @param sampleLength L in mm
     * @param beamSigma    the beam profile's standard deviation in mm (GenX's {@code beamw})
     */
    public static double gaussianBeam(double thetaDegrees, double sampleLength, double beamSigma) {
        double half = sampleLength / 2.0;
        return Erf.erf(half / SQRT2 / beamSigma * Math.sin(thetaDegrees * RAD));
    }

    /**
     * Fraction of a square beam on the sample.
     *
     * @param thetaDegrees  grazing angle θ, degrees
     * @param sampleLength  L in mm
     * @param beamFullWidth the beam's full width in mm (GenX's {@code beamw})
     */
    public static double squareBeam(double thetaDegrees, double sampleLength, double beamFullWidth) {
        double f = sampleLength / beamFullWidth * Math.sin(thetaDegrees * RAD);
        return f <= 1.0 ? f : 1.0;
    }

    /** The correction of {@code type} at θ; {@code beamw} is the width GenX means for that type. */
    public static double factor(FootprintType type, double thetaDegrees, double sampleLength,
                                double beamw) {
        return switch (type) {
            case NONE -> 1.0;
            case GAUSSIAN_BEAM -> gaussianBeam(thetaDegrees, sampleLength, beamw);
            case SQUARE_BEAM -> squareBeam(thetaDegrees, sampleLength, beamw);
        };
    }

    /**
     * Multiplies {@code r[k]} by the correction at {@code q[k]} for k in [0, n). GenX takes θ =
     * asin(λq/4π) and then sin θ; sin θ = λq/4π directly saves an asin and a sin per point (the hot
     * path of every fit) and differs from GenX's round trip only in the last bit.
     */
    public static void apply(FootprintType type, double wavelength, double sampleLength, double beamw,
                             double[] q, double[] r, int n) {
        double toSinTheta = wavelength / 4.0 / Math.PI;
        switch (type) {
            case NONE -> { }
            case GAUSSIAN_BEAM -> {
                double scale = sampleLength / 2.0 / SQRT2 / beamw;
                for (int k = 0; k < n; k++) {
                    r[k] *= Erf.erf(scale * (toSinTheta * q[k]));
                }
            }
            case SQUARE_BEAM -> {
                double scale = sampleLength / beamw;
                for (int k = 0; k < n; k++) {
                    double f = scale * (toSinTheta * q[k]);
                    r[k] *= f <= 1.0 ? f : 1.0;
                }
            }
            default -> throw new IllegalStateException("unhandled footprint " + type);
        }
    }
}
