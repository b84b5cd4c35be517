package org.evofit.wrapper.data.xrd;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import org.evofit.core.data.DataFileException;
import org.evofit.core.data.NumberText;
import org.evofit.wrapper.data.LoadedCurve;
import org.evofit.wrapper.data.XAxis;

/**
 * One scan of a Rigaku SmartLab file (.ras, .rasx): rows of position, counts and attenuator factor,
 * and what the scan's header says about them.
 *
 * <p>As GenX reads them: x is the scan axis as written, doubled when the axis is ω/2θ (ω moves, 2θ follows
 * at twice the angle); y = counts and error = sqrt(counts), both multiplied by the attenuator factor only
 * when the attenuator was switched automatically during the scan (otherwise the factor column is 1 or describes
 * a fixed attenuator the user chose, and the counts are left as measured).
 */
final class RigakuScan {

    private final String source;
    private final List<double[]> rows = new ArrayList<>();

    /** @param source the file (and zip entry) the rows come from, for messages */
    RigakuScan(String source) {
        this.source = source;
    }

    /** Adds the data row {@code line}, at 1-based {@code lineNumber}: position, counts and optionally the factor. */
    void addRow(String line, int lineNumber) {
        double[] row = {Double.NaN, Double.NaN, 1.0};
        int field = 0;
        int at = 0;
        while (at < line.length()) {
            if (Character.isWhitespace(line.charAt(at))) {
                at++;
                continue;
            }
            int end = at;
            while (end < line.length() && !Character.isWhitespace(line.charAt(end))) {
                end++;
            }
            String token = line.substring(at, end);
            OptionalDouble value = NumberText.parse(token);
            if (value.isEmpty()) {
                throw new DataFileException(source, lineNumber, at + 1, "expected a number as " + role(field)
                        + " but found '" + token + "'");
            }
            if (field < row.length) {
                row[field] = value.getAsDouble();
            }
            field++;
            at = end;
        }
        if (field < 2) {
            throw new DataFileException(source, lineNumber, 0, "expected a row of position, counts and attenuator"
                    + " factor but found " + field + (field == 1 ? " value" : " values"));
        }
        rows.add(row);
    }

    private static String role(int field) {
        return switch (field) {
            case 0 -> "column 1 (position)";
            case 1 -> "column 2 (counts)";
            case 2 -> "column 3 (attenuator factor)";
            default -> "column " + (field + 1);
        };
    }

    /** Whether no row was added. */
    boolean isEmpty() {
        return rows.isEmpty();
    }

    /**
     * The curve of the rows.
     *
     * @param axisName       the scan axis as the file names it ({@code 2-Theta}, {@code Omega/2-Theta},
     *                       {@code TwoThetaTheta}, {@code OmegaTwoTheta}, ...)
     * @param attenuatorAuto whether the attenuator was switched automatically, its factor then applied
     * @param wavelength     Kα1 in ångström, NaN when not stated
     * @param notes          where the corrections applied are written
     */
    LoadedCurve curve(String curveName, String axisName, boolean attenuatorAuto, double wavelength,
                      List<String> notes) {
        String axis = axisName.toLowerCase(Locale.ROOT).replace("two", "2").replaceAll("[^a-z0-9]", "");
        boolean omegaTwoTheta = axis.startsWith("omega2theta");
        XAxis meaning = omegaTwoTheta || axis.startsWith("2theta") ? XAxis.TWO_THETA : XAxis.UNKNOWN;
        int n = rows.size();
        double[] x = new double[n];
        double[] y = new double[n];
        double[] error = new double[n];
        double[] factor = new double[n];
        for (int i = 0; i < n; i++) {
            double[] row = rows.get(i);
            double applied = attenuatorAuto ? row[2] : 1.0;
            x[i] = omegaTwoTheta ? 2 * row[0] : row[0];
            y[i] = row[1] * applied;
            error[i] = Math.sqrt(row[1]) * applied;
            factor[i] = row[2];
        }
        notes.add(curveName + ": x = " + (omegaTwoTheta ? "2 x the scan axis '" + axisName + "' (2theta, deg)"
                : meaning == XAxis.TWO_THETA ? "the scan axis '" + axisName + "' (2theta, deg)"
                : "the scan axis '" + axisName + "' as written (neither 2theta nor omega/2theta)")
                + (attenuatorAuto ? ", y = counts x attenuator factor, error = sqrt(counts) x attenuator factor"
                + " (automatic attenuator)" : ", y = counts, error = sqrt(counts) (attenuator not automatic:"
                + " its column is not applied)")
                + "; wavelength " + (Double.isNaN(wavelength) ? "not stated" : "K-alpha1 " + wavelength
                + " angstrom"));
        return new LoadedCurve(curveName, x, y, error, null, meaning, wavelength, null, Map.of("atten", factor));
    }
}
