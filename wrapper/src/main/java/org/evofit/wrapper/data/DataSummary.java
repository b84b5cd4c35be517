package org.evofit.wrapper.data;

import java.util.ArrayList;
import java.util.Arrays;

/**
 * What {@code evofit data} prints about a loaded file: its format, each curve's points, what x is and its
 * range, which of error and resolution it has, the wavelength and polarisation channel, and every note of
 * the format (corrections applied, assumptions made). Points written as {@code nan} are counted, never dropped.
 */
public final class DataSummary {

    private DataSummary() {
    }

    /** The summary as lines of text, ending with a newline. */
    public static String text(LoadedFile file) {
        StringBuilder out = new StringBuilder();
        out.append("file: ").append(file.file()).append('\n');
        out.append("format: ").append(file.format()).append('\n');
        out.append("curves: ").append(file.curves().size()).append('\n');
        for (int i = 0; i < file.curves().size(); i++) {
            curve(out, i, file.curves().get(i));
        }
        if (!file.notes().isEmpty()) {
            out.append("notes:\n");
            file.notes().forEach(n -> out.append("  - ").append(n).append('\n'));
        }
        return out.toString();
    }

    private static void curve(StringBuilder out, int index, LoadedCurve c) {
        out.append("curve ").append(index).append(" '").append(c.name()).append("': ").append(c.size())
                .append(" points\n");
        XAxis axis = c.axis();
        String unit = axis.unit().isEmpty() ? "" : " (" + axis.unit() + ")";
        out.append("  x: ").append(axis == XAxis.UNKNOWN ? "not stated by the file" : axis.label() + unit)
                .append(", ").append(min(c.x())).append(" to ").append(max(c.x())).append('\n');
        out.append("  y: ").append(nanCount(c.y(), "not measured")).append('\n');
        out.append("  error: ").append(c.error() == null ? "none" : "1 sigma; " + nanCount(c.error(), "unknown"))
                .append('\n');
        out.append("  resolution: ").append(c.resolution() == null ? "none"
                : "1 sigma in x's unit; " + nanCount(c.resolution(), "unknown")).append('\n');
        out.append("  wavelength: ").append(Double.isNaN(c.wavelength()) ? "not stated" : c.wavelength()
                + " angstrom").append('\n');
        out.append("  channel: ").append(c.channel() == null ? "unpolarised" : c.channel()).append('\n');
        if (!c.extra().isEmpty()) {
            out.append("  extra: ").append(String.join(", ", new ArrayList<>(c.extra().keySet()))).append('\n');
        }
    }

    private static String nanCount(double[] values, String meaning) {
        int nan = 0;
        for (double v : values) {
            nan += Double.isNaN(v) ? 1 : 0;
        }
        return nan == 0 ? "every point a number" : nan + (nan == 1 ? " point" : " points") + " nan (" + meaning
                + "), kept";
    }

    private static double min(double[] values) {
        return Arrays.stream(values).min().orElse(Double.NaN);
    }

    private static double max(double[] values) {
        return Arrays.stream(values).max().orElse(Double.NaN);
    }
}
