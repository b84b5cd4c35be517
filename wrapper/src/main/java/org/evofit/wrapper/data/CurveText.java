package org.evofit.wrapper.data;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;

/**
 * Loaded curves written as files {@code evofit data} makes: CSV ({@code x,y[,error][,resolution]}) or an ORSO
 * {@code .ort} file. Numbers are in Java's shortest round-trip form, {@code NaN} as the CSV and {@code nan} as
 * ORSO spells it, so the files read back as the same doubles; nothing is dropped.
 */
public final class CurveText {

    private static final ObjectMapper JSON = new ObjectMapper();

    private CurveText() {
    }

    /** One curve as CSV with a header line; error and resolution columns only when the curve has them. */
    public static String csv(LoadedCurve c) {
        StringBuilder out = new StringBuilder("x,y");
        out.append(c.error() != null ? ",error" : "").append(c.resolution() != null ? ",resolution" : "").append('\n');
        for (int i = 0; i < c.size(); i++) {
            out.append(c.x()[i]).append(',').append(c.y()[i]);
            if (c.error() != null) {
                out.append(',').append(c.error()[i]);
            }
            if (c.resolution() != null) {
                out.append(',').append(c.resolution()[i]);
            }
            out.append('\n');
        }
        return out.toString();
    }

    /**
     * The file's curves as an ORSO file: one data set each, x as Qz or the angle the file gave, error and
     * resolution as 1-sigma columns ({@code nan} throughout, ORSO's "unknown", when the curve has none), the
     * wavelength in the header when known, the format's notes as the reduction's corrections.
     *
     * @throws IllegalArgumentException when a curve's x is not known to be Qz or an angle (column text)
     */
    public static String ort(LoadedFile file) {
        XAxis axis = file.curves().get(0).axis();
        for (LoadedCurve c : file.curves()) {
            if (c.axis() == XAxis.UNKNOWN || c.axis() != axis) {
                throw new IllegalArgumentException(file.file() + ": an .ort file needs x to be Qz or an angle, the"
                        + " same for every curve, but " + (c.axis() == XAxis.UNKNOWN ? "the " + file.format()
                        + " format does not say what x is" : "curves differ"));
            }
        }
        String x = switch (axis) {
            case Q -> "Qz";
            case TWO_THETA -> "tth";
            default -> "theta";
        };
        String unit = axis == XAxis.Q ? "1/angstrom" : "degree";
        StringBuilder out = new StringBuilder();
        out.append("# # ORSO reflectivity data file | 1.0 standard | YAML encoding | https://www.reflectometry.org/\n");
        out.append("# data_source:\n#   owner: {name: unknown}\n");
        out.append("#   experiment: {title: ").append(quoted(file.file().getFileName().toString()))
                .append(", instrument: unknown, probe: unknown}\n");
        out.append("#   sample: {name: unknown}\n#   measurement:\n");
        double wavelength = file.curves().get(0).wavelength();
        if (!Double.isNaN(wavelength)) {
            out.append("#     instrument_settings: {wavelength: {magnitude: ").append(wavelength)
                    .append(", unit: angstrom}}\n");
        }
        out.append("#     data_files: [").append(quoted(file.file().getFileName().toString())).append("]\n");
        out.append("# reduction:\n#   software: {name: evofit data, format read: ").append(quoted(file.format()))
                .append("}\n");
        if (!file.notes().isEmpty()) {
            out.append("#   corrections:\n");
            file.notes().forEach(n -> out.append("#   - ").append(quoted(n)).append('\n'));
        }
        List<LoadedCurve> curves = file.curves();
        for (int k = 0; k < curves.size(); k++) {
            LoadedCurve c = curves.get(k);
            out.append("# data_set: ").append(quoted(c.name())).append('\n');
            if (k == 0) {
                out.append("# columns:\n# - {name: ").append(x).append(", unit: ").append(unit).append("}\n")
                        .append("# - {name: R}\n")
                        .append("# - {error_of: R, error_type: uncertainty, value_is: sigma}\n")
                        .append("# - {error_of: ").append(x).append(", error_type: resolution, value_is: sigma}\n")
                        .append("# # ").append(x).append(" R sR s").append(x).append('\n');
            }
            for (int i = 0; i < c.size(); i++) {
                out.append(number(c.x()[i])).append(' ').append(number(c.y()[i])).append(' ')
                        .append(number(c.error() == null ? Double.NaN : c.error()[i])).append(' ')
                        .append(number(c.resolution() == null ? Double.NaN : c.resolution()[i])).append('\n');
            }
        }
        return out.toString();
    }

    private static String number(double v) {
        return Double.isNaN(v) ? "nan" : Double.toString(v);
    }

    /** A YAML double-quoted scalar (JSON's string syntax is one). */
    private static String quoted(String text) {
        try {
            return JSON.writeValueAsString(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
