package org.evofit.wrapper.data;

import java.util.Map;
import org.evofit.core.data.DataSet;

/**
 * One curve of a data file as a format read it, after the corrections the format applies (monitor,
 * counting time, attenuators), with what is known about it.
 *
 * @param name       the curve's name in the file (an ORSO data set's name, a polarisation channel), or the file's
 * @param x          x as the file gives it, in {@code axis}'s unit
 * @param y          the measured values
 * @param error      1-sigma errors of y, or {@code null} when the file has none
 * @param resolution 1-sigma resolution in x's unit, or {@code null}
 * @param axis       what x is
 * @param wavelength the wavelength in ångström the file states, NaN when it states none
 * @param channel    the polarisation channel ({@code ++}, {@code --}, {@code +-}, {@code -+}, {@code +}, {@code -}),
 *                   or {@code null} for unpolarised data
 * @param extra      other per-point arrays the format keeps (attenuation factors, angles, monitor), by name;
 *                   {@link #WAVELENGTH} holds each point's own wavelength in Å (time-of-flight data)
 * @param lines      the file line of each point, or {@code null} when the format has no lines of text per point
 *                   (XML and binary formats)
 */
public record LoadedCurve(String name, double[] x, double[] y, double[] error, double[] resolution, XAxis axis,
                          double wavelength, String channel, Map<String, double[]> extra, int[] lines) {

    /** The name of the per-point array of {@link #extra} that holds each point's wavelength in Å. */
    public static final String WAVELENGTH = "lambda";

    /** A curve whose points have no file lines of their own. */
    public LoadedCurve(String name, double[] x, double[] y, double[] error, double[] resolution, XAxis axis,
                       double wavelength, String channel, Map<String, double[]> extra) {
        this(name, x, y, error, resolution, axis, wavelength, channel, extra, null);
    }

    /** The curve with other points and resolution, each point keeping its place (and line) in the file. */
    LoadedCurve moved(double[] newX, double[] newResolution, XAxis newAxis, double newWavelength) {
        return new LoadedCurve(name, newX, y, error, newResolution, newAxis, newWavelength, channel, extra, lines);
    }

    /** The curve for fitting under the model's data-set name, each point with its wavelength where the file gives one. */
    public DataSet toDataSet(String dataSetName) {
        return new DataSet(dataSetName, x, y, error, resolution, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY,
                extra.get(WAVELENGTH));
    }

    /** Number of points. */
    public int size() {
        return x.length;
    }
}
