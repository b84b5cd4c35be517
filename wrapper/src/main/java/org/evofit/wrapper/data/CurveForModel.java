package org.evofit.wrapper.data;

import java.util.ArrayList;
import java.util.List;
import org.evofit.core.data.DataFileException;

/**
 * A loaded curve made ready for the model that fits it: x converted to the model's coordinate (angles to Qz,
 * Qz to 2θ, θ to 2θ) with a one-line note for each change, and a
 * resolution that ORSO writes as {@code nan} for some points (unknown there) taken as none at those points.
 */
public final class CurveForModel {

    /** The curve to fit and what was done to it, one line each. */
    public record Prepared(LoadedCurve curve, List<String> notes) {

        /** Copies the notes. */
        public Prepared {
            notes = List.copyOf(notes);
        }
    }

    private CurveForModel() {
    }

    /**
     * @param curve the curve as its format read it
     * @param model the model's coordinate and wavelength, or {@code null} for a model with no instrument (x is
     *              whatever the model's expressions make of it, and no resolution is used): the curve as it is
     * @param file  the file, for the message when no wavelength is known for a conversion
     * @throws DataFileException when angles must become Qz and neither the file nor the model gives a wavelength
     */
    public static Prepared prepare(LoadedCurve curve, ModelAxis model, String file) {
        List<String> notes = new ArrayList<>();
        if (model == null) {
            return new Prepared(curve, notes);
        }
        LoadedCurve out = withoutUnknownResolutions(curve, notes);
        if (out.axis() == XAxis.UNKNOWN || out.axis() == model.axis()) {
            return new Prepared(out, notes);
        }
        if (model.axis() == XAxis.Q) {
            out = toQ(out, model.wavelength(), file, notes);
        } else if (out.axis() == XAxis.Q) {
            out = QToTwoTheta.convert(out, model.wavelength(), file, notes);
        } else {
            // What is left is theta under a 2theta instrument.
            out = scaled(out, 2, XAxis.TWO_THETA);
            notes.add("x is theta (deg) and the instrument takes 2theta: x and its resolution are doubled");
        }
        return new Prepared(out, notes);
    }

    private static LoadedCurve toQ(LoadedCurve c, double modelWavelength, String file, List<String> notes) {
        boolean fromFile = Double.isFinite(c.wavelength());
        double lambda = fromFile ? c.wavelength() : modelWavelength;
        if (!(lambda > 0) || Double.isInfinite(lambda)) {
            throw DataFileException.ofFile(file, "x is " + c.axis().label() + " in degrees and the model takes Qz,"
                    + " but neither the file nor the model's instrument gives a wavelength to convert with");
        }
        double half = c.axis() == XAxis.TWO_THETA ? 0.5 : 1;
        double k = 4 * Math.PI / lambda;
        int n = c.size();
        double[] x = new double[n];
        double[] res = c.resolution() == null ? null : new double[n];
        for (int i = 0; i < n; i++) {
            double theta = Math.toRadians(c.x()[i] * half);
            x[i] = k * Math.sin(theta);
            if (res != null) {
                res[i] = k * Math.cos(theta) * Math.toRadians(c.resolution()[i] * half);
            }
        }
        String source = fromFile ? "the file's wavelength" : "the instrument's wavelength";
        String differs = fromFile && Double.isFinite(modelWavelength) && modelWavelength != lambda
                ? ", not the instrument's " + modelWavelength + " angstrom" : "";
        notes.add("x converted from " + c.axis().label() + " (deg) to Qz (1/angstrom) with " + source + " "
                + lambda + " angstrom" + differs + (res != null ? ", its resolution with it" : ""));
        return c.moved(x, res, XAxis.Q, lambda);
    }

    private static LoadedCurve scaled(LoadedCurve c, double factor, XAxis axis) {
        double[] x = c.x().clone();
        double[] res = c.resolution() == null ? null : c.resolution().clone();
        for (int i = 0; i < x.length; i++) {
            x[i] *= factor;
            if (res != null) {
                res[i] *= factor;
            }
        }
        return c.moved(x, res, axis, c.wavelength());
    }

    private static LoadedCurve withoutUnknownResolutions(LoadedCurve c, List<String> notes) {
        if (c.resolution() == null) {
            return c;
        }
        double[] res = c.resolution().clone();
        int unknown = 0;
        for (int i = 0; i < res.length; i++) {
            if (Double.isNaN(res[i])) {
                res[i] = 0;
                unknown++;
            }
        }
        if (unknown == 0) {
            return c;
        }
        notes.add(unknown + " of " + res.length + " points have no resolution (nan, unknown); they are computed"
                + " without resolution smearing");
        return c.moved(c.x(), res, c.axis(), c.wavelength());
    }
}
