package org.evofit.wrapper.ort;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.evofit.core.data.DataSet;
import org.evofit.wrapper.doc.ListNode;
import org.evofit.wrapper.doc.MapNode;
import org.evofit.wrapper.doc.Node;

/**
 * The columns of a data set and what evofit reads from them. The ORSO format fixes the leading
 * columns: Qz, R, the error of R and the resolution of Qz, the last two optional here (the format
 * asks for them but allows them to be all {@code nan}); further columns may hold anything.
 *
 * <p>That standard layout (Qz, R) is read strictly. A layout that is not standard, because the first
 * column is an angle in degrees ({@link Abscissa}) or the second is not R (GenX writes {@code tth, I,
 * sI}), is read leniently as GenX reads it: columns 0, 1, 2 as x, y, error, whatever the third is called,
 * and a fourth that is not x's error as no resolution; each assumption is one line of {@link #assumptions}.
 *
 * @param columns           every column as described in the header
 * @param abscissa          what the first column holds
 * @param qzUnit            unit of Qz and of its resolution; {@code null} when the first column is an angle
 * @param errorDivisor      what the error column is divided by to give 1 sigma
 * @param resolutionDivisor what the resolution column is divided by to give 1 sigma
 * @param hasResolution     whether the fourth column is x's resolution (a lenient read may find another column)
 * @param assumptions       what a lenient read took the columns to be, one line each; empty for the standard layout
 */
record ColumnLayout(List<OrtColumn> columns, Abscissa abscissa, QzUnit qzUnit, double errorDivisor,
                    double resolutionDivisor, boolean hasResolution, List<String> assumptions) {

    static final int QZ = 0;
    static final int R = 1;
    static final int ERROR = 2;
    static final int RESOLUTION = 3;

    private static final String[] ORDINALS = {"first", "second", "third", "fourth"};

    /**
     * Reads and checks a header's {@code columns:} list.
     *
     * @throws org.evofit.wrapper.doc.ModelFileException located in the header's YAML
     */
    static ColumnLayout read(ListNode list) {
        if (list.size() < 2) {
            throw list.error("expected at least the columns Qz and R but found " + list.size()
                    + (list.size() == 1 ? " column" : " columns"));
        }
        List<OrtColumn> columns = new ArrayList<>();
        for (Node item : list.items()) {
            columns.add(column(item.asMap()));
        }
        MapNode qz = list.get(QZ).asMap();
        OrtColumn first = columns.get(QZ);
        requireQuantity(qz, first, QZ, "Qz");
        requireQuantity(list.get(R).asMap(), columns.get(R), R, "R");
        List<String> assumptions = new ArrayList<>();
        Abscissa abscissa = Abscissa.angle(first.name(), first.unit()).orElse(Abscissa.QZ);
        QzUnit unit = null;
        if (abscissa == Abscissa.QZ) {
            unit = qzUnit(qz, first);
        } else {
            assumptions.add("angle-dispersive layout: the first column " + first.name() + " is "
                    + (abscissa == Abscissa.TWO_THETA ? "2theta" : "theta") + " in degrees, not Qz");
        }
        boolean lenient = abscissa != Abscissa.QZ || !"R".equals(columns.get(R).name());
        double errorDivisor = 1;
        double resolutionDivisor = 1;
        boolean hasResolution = false;
        if (columns.size() > ERROR) {
            MapNode node = list.get(ERROR).asMap();
            OrtColumn error = columns.get(ERROR);
            if (lenient && !error.isError()) {
                assumptions.add("the third column '" + error.name() + "' is taken as the 1-sigma error of "
                        + columns.get(R).label() + " (GenX reads columns 0, 1, 2 as x, y, error)");
            } else {
                requireErrorOf(node, error, ERROR, columns.get(R));
                errorDivisor = SigmaScale.divisor(node, error.label());
            }
        }
        if (columns.size() > RESOLUTION) {
            MapNode node = list.get(RESOLUTION).asMap();
            OrtColumn resolution = columns.get(RESOLUTION);
            if (lenient && !first.name().equals(resolution.errorOf())) {
                assumptions.add("the fourth column '" + resolution.label() + "' is not the error of " + first.name()
                        + ", so no resolution is read");
            } else {
                requireErrorOf(node, resolution, RESOLUTION, first);
                resolutionDivisor = SigmaScale.divisor(node, resolution.label());
                hasResolution = true;
            }
        }
        return new ColumnLayout(List.copyOf(columns), abscissa, unit, errorDivisor, resolutionDivisor,
                hasResolution, List.copyOf(assumptions));
    }

    /** x in inverse ångström for Qz, as written (degrees) for an angle. */
    private double toX(double value) {
        return qzUnit == null ? value : qzUnit.toInverseAngstrom(value);
    }

    /** The labels of the columns, for messages: {@code Qz, R, sR, sQz}. */
    String labels() {
        return String.join(", ", columns.stream().map(OrtColumn::label).toList());
    }

    /**
     * The data set evofit fits: Qz and its resolution in inverse ångström (an angle and its resolution in
     * degrees), widths as 1 sigma. An
     * error or resolution column that is {@code nan} throughout is how the format says "unknown",
     * so it becomes an absent one.
     *
     * @param name   the data set's name
     * @param values the table as written, {@code values[column][row]}
     */
    DataSet toDataSet(String name, double[][] values) {
        int n = values[QZ].length;
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = toX(values[QZ][i]);
        }
        double[] y = values[R].clone();
        double[] error = null;
        if (columns.size() > ERROR && !allNaN(values[ERROR])) {
            error = new double[n];
            for (int i = 0; i < n; i++) {
                error[i] = values[ERROR][i] / errorDivisor;
            }
        }
        double[] resolution = null;
        if (hasResolution && !allNaN(values[RESOLUTION])) {
            resolution = new double[n];
            for (int i = 0; i < n; i++) {
                resolution[i] = toX(values[RESOLUTION][i]) / resolutionDivisor;
            }
        }
        return new DataSet(name, x, y, error, resolution,
                Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, wavelength(values));
    }

    /**
     * Each point's wavelength in ångström from a further column named {@code lambda} (time-of-flight data;
     * unit angstrom or nm), or {@code null} when there is none.
     */
    private double[] wavelength(double[][] values) {
        for (int c = RESOLUTION + 1; c < columns.size(); c++) {
            OrtColumn column = columns.get(c);
            if ("lambda".equals(column.name()) && !column.isError()) {
                double scale = "nm".equals(column.unit()) ? 10 : 1;
                double[] out = new double[values[c].length];
                for (int i = 0; i < out.length; i++) {
                    out[i] = values[c][i] * scale;
                }
                return out;
            }
        }
        return null;
    }

    private static boolean allNaN(double[] values) {
        for (double v : values) {
            if (!Double.isNaN(v)) {
                return false;
            }
        }
        return true;
    }

    private static OrtColumn column(MapNode map) {
        String name = map.optionalString("name", null);
        String errorOf = map.optionalString("error_of", null);
        if (name == null && errorOf == null) {
            throw map.error("expected a column with 'name' (a quantity) or 'error_of' (the error"
                    + " of another column)");
        }
        return new OrtColumn(name, map.optionalString("unit", null),
                map.optionalString("physical_quantity", null), errorOf,
                map.optionalString("error_type", null), map.optionalString("value_is", null),
                map.optionalString("distribution", null));
    }

    private static void requireQuantity(MapNode node, OrtColumn column, int index, String what) {
        if (column.isError()) {
            throw node.error("expected the " + ORDINALS[index] + " column to be " + what + " (with"
                    + " 'name') as the ORSO format requires but found the error of '"
                    + column.errorOf() + "'");
        }
    }

    private static void requireErrorOf(MapNode node, OrtColumn column, int index, OrtColumn of) {
        if (!column.isError() || !column.errorOf().equals(of.name())) {
            String found = column.isError() ? "the error of '" + column.errorOf() + "'"
                    : "the column '" + column.name() + "'";
            throw node.error("expected the " + ORDINALS[index] + " column to be the error of "
                    + of.name() + " ('error_of: " + of.name() + "') as the ORSO format requires but"
                    + " found " + found);
        }
    }

    private static QzUnit qzUnit(MapNode node, OrtColumn qz) {
        Node unit = node.optional("unit").orElseThrow(() -> node.error("expected a unit for "
                + qz.name() + " ('unit: 1/angstrom' or 'unit: 1/nm'); without one the scale of"
                + " Qz is unknown"));
        String text = unit.asScalar().text();
        return QzUnit.parse(text).orElseThrow(() -> unit.error("expected the unit of " + qz.name()
                + " to be 1/angstrom or 1/nm but found " + unit.describe() + hint(text)));
    }

    /** Ångström abbreviated is the likely mistake; the format spells it out. */
    private static String hint(String unit) {
        String lower = unit.toLowerCase(Locale.ROOT);
        boolean abbreviated = unit.contains("\u00c5") || lower.matches(".*(^|[^a-z])a([^a-z]|$).*");
        return abbreviated ? " (the ORSO format writes angstrom in full, as in 1/angstrom)" : "";
    }
}
