package org.evofit.wrapper.data;

import java.util.List;
import org.evofit.core.data.DataFileException;

/**
 * Qz data for a model whose instrument takes 2θ (GenX's {@code coords='tth'}): the model computes at the angle
 * its own wavelength gives, so each Qz becomes 2θ = 2·asin(Qz·λ/4π) with the instrument's wavelength, and the
 * model meets the data at the same momentum transfer. Fitted as they were, Qz values would be taken as degrees.
 */
final class QToTwoTheta {

    private QToTwoTheta() {
    }

    /**
     * @param c          a curve whose x is Qz in inverse ångström
     * @param wavelength the instrument's wavelength in ångström (its start value, should it be fitted)
     * @param file       the file, for messages
     * @param notes      where the one-line note of the conversion goes
     * @throws DataFileException when the instrument gives no wavelength, or a Qz is beyond 4π/λ, which no angle
     *                           reaches
     */
    static LoadedCurve convert(LoadedCurve c, double wavelength, String file, List<String> notes) {
        if (!(wavelength > 0) || Double.isInfinite(wavelength)) {
            throw DataFileException.ofFile(file, "x is Qz and the model's instrument takes 2theta, but the instrument"
                    + " gives no wavelength to convert with");
        }
        double k = 4 * Math.PI / wavelength;
        int n = c.size();
        double[] x = new double[n];
        double[] res = c.resolution() == null ? null : new double[n];
        for (int i = 0; i < n; i++) {
            double sin = c.x()[i] / k;
            if (!(Math.abs(sin) <= 1)) {
                throw DataFileException.ofFile(file, "point " + i + ": Qz " + c.x()[i] + " 1/angstrom is beyond 4pi/"
                        + "lambda = " + k + " for the instrument's wavelength " + wavelength + " angstrom, so no 2theta"
                        + " gives it; expected Qz values the instrument can reach");
            }
            double theta = Math.asin(sin);
            x[i] = 2 * Math.toDegrees(theta);
            if (res != null) {
                res[i] = 2 * Math.toDegrees(c.resolution()[i] / (k * Math.cos(theta)));
            }
        }
        notes.add("x converted from Qz (1/angstrom) to 2theta (deg), which the model's instrument takes, with its"
                + " wavelength " + wavelength + " angstrom" + (res != null ? ", the resolution with it" : ""));
        return new LoadedCurve(c.name(), x, c.y(), c.error(), res, XAxis.TWO_THETA, c.wavelength(), c.channel(),
                c.extra());
    }
}
