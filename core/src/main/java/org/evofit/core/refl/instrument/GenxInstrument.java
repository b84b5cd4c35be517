package org.evofit.core.refl.instrument;

import java.util.Objects;

/**
 * GenX's {@code spec_nx} instrument and the pipeline it applies around the unsmeared reflectivity.
 * Names follow GenX's; every width says what it is.
 *
 * <p>{@link #apply} does what GenX's specular simulation does, in this order:
 * <ol>
 *   <li>Full-convolution modes only: expand every data point into {@code respoints} points over
 *       ±{@code resintrange}·σ ({@link PointwiseConvolution#expand}).</li>
 *   <li>Convert each point to q ({@link GenxCoordinates#toQ}, with {@code tthoff}) and raise it to at
 *       least {@link GenxCoordinates#Q_LIMIT}.</li>
 *   <li>Compute the unsmeared reflectivity at those q.</li>
 *   <li>Multiply by the footprint correction at each of those q ({@link Footprint}).</li>
 *   <li>Smear in the data's x coordinate ({@link GenxResolution}).</li>
 *   <li>Scale and add the background: I0·R + Ibkg (the background is neither footprint-corrected nor
 *       smeared).</li>
 * </ol>
 *
 * @param probe       the radiation; chooses the potentials ({@link GenxPotentials}), not the pipeline
 * @param wavelength  λ in Å
 * @param coords      what the data's x is
 * @param i0          incident intensity: the scale of the reflectivity
 * @param ibkg        constant background added last
 * @param tthoff      2θ offset in degrees added to every point's scattering angle
 * @param resSigma    GenX's {@code res}: the standard deviation (not FWHM) of the Gaussian resolution in
 *                    x units; in the relative modes the factor of x (σ_i = resSigma·x_i); the varying
 *                    and full modes take a per-point column instead when one is given to {@link #apply}
 * @param restype     the resolution mode
 * @param respoints   points per data point in the full modes (at least 2 there)
 * @param resintrange half-width of the resolution window in sigmas (fast and full modes)
 * @param beamw       GenX's {@code beamw} in mm: the beam's standard deviation for a Gaussian beam, its
 *                    full width for a square beam
 * @param footype     the footprint correction
 * @param samplelen   sample length in mm
 */
public record GenxInstrument(Probe probe, double wavelength, Coordinates coords, double i0, double ibkg,
                             double tthoff, double resSigma, GenxResolution restype, int respoints,
                             double resintrange, double beamw, FootprintType footype,
                             double samplelen) {

    /** Rejects missing choices, a wavelength that is not positive and too few full-mode points. */
    public GenxInstrument {
        Objects.requireNonNull(probe, "probe");
        Objects.requireNonNull(coords, "coords");
        Objects.requireNonNull(restype, "restype");
        Objects.requireNonNull(footype, "footype");
        if (!(wavelength > 0)) {
            throw new IllegalArgumentException("wavelength must be positive, not " + wavelength);
        }
        if (restype.full() && respoints < 2) {
            throw new IllegalArgumentException("respoints must be at least 2 for '" + restype.genxName()
                    + "', not " + respoints);
        }
    }

    /**
     * GenX's default instrument: x-ray, 1.54 Å, 2θ, I0 1, no background or offset, res 0.001 with no
     * convolution, 5 points over ±2σ, no footprint correction (beamw 0.01 mm, sample 10 mm).
     */
    public static GenxInstrument defaults() {
        return new GenxInstrument(Probe.XRAY, 1.54, Coordinates.TWO_THETA, 1.0, 0.0, 0.0, 0.001,
                GenxResolution.NONE, 5, 2.0, 0.01, FootprintType.NONE, 10.0);
    }

    /**
     * The measured curve at the data points {@code x}, with {@link #resSigma} as the resolution.
     *
     * @see #apply(double[], double[], Reflectivity, double[], InstrumentWorkspace)
     */
    public void apply(double[] x, Reflectivity reflectivity, double[] out, InstrumentWorkspace ws) {
        apply(x, null, reflectivity, out, ws);
    }

    /**
     * The measured curve at the data points {@code x}: GenX's pipeline around {@code reflectivity}.
     * Allocation-free once {@code ws} has served this many points.
     *
     * @param x               data points in {@link #coords}; the fast modes need at least two, and
     *                        (for {@code fast conv}) evenly spaced as GenX assumes; they smear over
     *                        the points in increasing x, whatever their order
     * @param resolutionSigma per-point resolution (standard deviation in x units, or the factor of x in
     *                        the relative modes) for the varying and full modes, or {@code null} to use
     *                        {@link #resSigma} everywhere; {@code fast conv} always uses resSigma
     * @param reflectivity    the unsmeared reflectivity
     * @param out             receives one value per data point; not {@code x}
     * @param ws              scratch memory
     */
    public void apply(double[] x, double[] resolutionSigma, Reflectivity reflectivity, double[] out,
                      InstrumentWorkspace ws) {
        apply(wavelength, i0, ibkg, tthoff, resSigma, beamw, samplelen, x, resolutionSigma, reflectivity, out, ws);
    }

    /**
     * The same pipeline with this instrument's choices (probe, coordinates, resolution and footprint
     * modes, resolution points and range) and the numbers given: what a fit calls on every
     * evaluation, with its current parameter values, without building an instrument each time.
     */
    public void apply(double wavelength, double i0, double ibkg, double tthoff, double resSigma, double beamw,
                      double samplelen, double[] x, double[] resolutionSigma, Reflectivity reflectivity,
                      double[] out, InstrumentWorkspace ws) {
        int n = x.length;
        check(n, resolutionSigma, out);
        if (restype.usesDataGrid() && !SortedPoints.increasing(x, n)) {
            SortedPoints sorted = ws.sorted(x, n);
            apply(wavelength, i0, ibkg, tthoff, resSigma, beamw, samplelen, sorted.x(), sorted.sorted(resolutionSigma),
                    reflectivity, sorted.out(), ws);
            sorted.unsort(out);
            return;
        }
        int m = restype.full() ? n * respoints : n;
        double[] sigma = null;
        double[] points = x;
        if (restype != GenxResolution.NONE && restype != GenxResolution.FAST) {
            sigma = ws.sigma(n);
            fillSigma(x, resolutionSigma, resSigma, sigma);
        }
        if (restype.full()) {
            points = ws.expanded(m);
            PointwiseConvolution.expand(x, sigma, n, respoints, resintrange, points);
        }
        double[] q = ws.q(m);
        GenxCoordinates.toLimitedQ(coords, wavelength, tthoff, points, m, q);
        double[] r = ws.r(m);
        reflectivity.compute(q, r);
        Footprint.apply(footype, wavelength, samplelen, beamw, q, r, m);
        switch (restype) {
            case NONE -> System.arraycopy(r, 0, out, 0, n);
            case FAST -> {
                double step = x[1] - x[0];
                double[] kernel = ws.kernel(FastConvolution.kernelLength(step, resSigma, resintrange));
                int length = FastConvolution.kernel(step, resSigma, resintrange, kernel);
                FastConvolution.convolve(r, n, kernel, length, out);
            }
            case FAST_VARYING, FAST_VARYING_RELATIVE -> FastVaryingConvolution.convolve(x, r, sigma, n, out);
            case FULL, FULL_RELATIVE -> PointwiseConvolution.integrate(x, sigma, n, respoints, points, r, out);
        }
        for (int i = 0; i < n; i++) {
            out[i] = out[i] * i0 + ibkg;
        }
    }

    /**
     * The measured curve at the data points {@code x} with evofit's accurate resolution instead of
     * GenX's modes (which must then be {@code NONE}): the same coordinates (with {@code tthoff} and the
     * q floor), footprint, scale and background as {@link #apply}, around a smearing that integrates
     * the reflectivity over each point's whole Gaussian in q. The footprint varies slowly next to the
     * resolution, so it multiplies the smeared curve here rather than the unsmeared one.
     * Allocation-free once {@code ws} has served this many points.
     *
     * @param widthX   one standard deviation per data point, in x units; turned into q with
     *                 {@link GenxCoordinates#dqdx}
     * @param smearing the smeared reflectivity in q
     * @param out      receives one value per data point; not {@code x}
     * @param ws       scratch memory
     */
    public void applyAccurate(double wavelength, double i0, double ibkg, double tthoff, double beamw,
                              double samplelen, double[] x, double[] widthX, AccurateSmearing smearing,
                              double[] out, InstrumentWorkspace ws) {
        if (restype != GenxResolution.NONE) {
            throw new IllegalStateException("choose either GenX's resolution mode or evofit's, not both");
        }
        int n = x.length;
        check(n, widthX, out);
        double[] q = ws.q(n);
        GenxCoordinates.toLimitedQ(coords, wavelength, tthoff, x, n, q);
        double[] dq = ws.dq(n);
        for (int i = 0; i < n; i++) {
            dq[i] = widthX[i] * GenxCoordinates.dqdx(coords, wavelength, tthoff, x[i]);
        }
        smearing.compute(q, dq, out);
        Footprint.apply(footype, wavelength, samplelen, beamw, q, out, n);
        for (int i = 0; i < n; i++) {
            out[i] = out[i] * i0 + ibkg;
        }
    }

    private void check(int n, double[] resolutionSigma, double[] out) {
        if (out.length != n) {
            throw new IllegalArgumentException("out has " + out.length + " elements for " + n + " points");
        }
        if (resolutionSigma != null && resolutionSigma.length != n) {
            throw new IllegalArgumentException("the resolution has " + resolutionSigma.length
                    + " elements for " + n + " points");
        }
        if (restype.usesDataGrid() && n < 2) {
            throw new IllegalArgumentException("'" + restype.genxName() + "' needs at least two points");
        }
    }

    private void fillSigma(double[] x, double[] resolutionSigma, double resSigma, double[] sigma) {
        for (int i = 0; i < x.length; i++) {
            double s = resolutionSigma == null ? resSigma : resolutionSigma[i];
            sigma[i] = restype.relative() ? s * x[i] : s;
        }
    }
}
