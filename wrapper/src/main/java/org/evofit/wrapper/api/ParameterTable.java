package org.evofit.wrapper.api;

import java.util.List;
import java.util.Locale;
import org.evofit.core.fit.ParameterEstimate;

/** Formats parameter estimates as a fixed-width text table, one row per parameter. */
final class ParameterTable {

    private static final String[] HEADER = {"name", "value", "fit", "min", "max", "error"};

    private ParameterTable() {
    }

    static String format(List<ParameterEstimate> parameters) {
        String[][] rows = new String[parameters.size() + 1][];
        rows[0] = HEADER;
        for (int i = 0; i < parameters.size(); i++) {
            ParameterEstimate p = parameters.get(i);
            rows[i + 1] = new String[] {p.name(), number(p.value()), p.fit() ? "yes" : "no",
                    number(p.min()), number(p.max()), p.fit() ? number(p.error()) : ""};
        }
        int[] width = new int[HEADER.length];
        for (String[] row : rows) {
            for (int c = 0; c < row.length; c++) {
                width[c] = Math.max(width[c], row[c].length());
            }
        }
        StringBuilder sb = new StringBuilder();
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < row.length; c++) {
                // Names read best left-aligned, numbers right-aligned so their digits line up.
                String format = c == 0 ? "%-" + width[c] + "s" : "  %" + width[c] + "s";
                line.append(String.format(Locale.ROOT, format, row[c]));
            }
            sb.append(line.toString().stripTrailing()).append('\n');
        }
        return sb.toString();
    }

    private static String number(double v) {
        if (Double.isInfinite(v)) {
            return v > 0 ? "inf" : "-inf";
        }
        return Double.isNaN(v) ? "nan" : String.format(Locale.ROOT, "%.6g", v);
    }
}
