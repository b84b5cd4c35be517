package org.evofit.wrapper.modelfile;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.evofit.core.data.DataSet;

/**
 * The text data files that model files refer to, as Model.save (data given as arrays) and the GenX
 * importer write them: a comment line saying where the data came from, a comment naming the
 * columns, then one row per point with every number in Java's shortest round-trip form, so that the
 * file reads back as exactly the same doubles.
 */
public final class DataFileText {

    private DataFileText() {
    }

    /**
     * A data set given as arrays: x, y, then error and resolution when it has them.
     *
     * @throws IllegalArgumentException naming the data set, point and column of the first value that is not
     *                                  finite: the file would not read back (a data file holds finite numbers
     *                                  only), so nothing is written
     */
    static String of(DataSet d) {
        List<String> names = new ArrayList<>(List.of("x", "y"));
        List<double[]> columns = new ArrayList<>(List.of(d.x(), d.y()));
        if (d.error() != null) {
            names.add("error");
            columns.add(d.error());
        }
        if (d.xResolution() != null) {
            names.add("resolution");
            columns.add(d.xResolution());
        }
        if (d.hasWavelength()) {
            names.add("lambda");
            columns.add(d.wavelength());
        }
        requireFinite(d.name(), names, columns);
        return text(d.name() + ", written by evofit's Model.save", names, columns);
    }

    private static void requireFinite(String dataSet, List<String> names, List<double[]> columns) {
        for (int c = 0; c < columns.size(); c++) {
            double[] values = columns.get(c);
            for (int i = 0; i < values.length; i++) {
                if (!Double.isFinite(values[i])) {
                    throw new IllegalArgumentException("data set '" + dataSet + "': point " + i + " (x = "
                            + columns.get(0)[i] + ") has " + names.get(c) + " = " + values[i] + "; a data file holds"
                            + " finite numbers only, so the model would not load back; remove the point or give it"
                            + " a finite value before saving (nothing was written)");
                }
            }
        }
    }

    /**
     * The file's text.
     *
     * @param origin  the first comment line (without "# ")
     * @param names   the columns' names, for the second comment line
     * @param columns the columns, all of the same length
     * @return the text
     */
    public static String text(String origin, List<String> names, List<double[]> columns) {
        StringBuilder out = new StringBuilder();
        out.append("# ").append(origin).append('\n');
        out.append("# ").append(String.join(" ", names)).append('\n');
        for (int i = 0; i < columns.get(0).length; i++) {
            for (int c = 0; c < columns.size(); c++) {
                out.append(c == 0 ? "" : " ").append(columns.get(c)[i]);
            }
            out.append('\n');
        }
        return out.toString();
    }

    /**
     * A file name for a data set, unique (ignoring case) among {@code used}, which it joins: the
     * base with characters unsafe in file names replaced by '_', then ".dat", or "_2.dat", "_3.dat",
     * ... when taken.
     *
     * @param base   the name before sanitising, such as a data set's name
     * @param spaces whether spaces are kept (true) or replaced
     * @param used   the names already given, lower-case
     */
    public static String fileName(String base, boolean spaces, Set<String> used) {
        return fileName(base, spaces, used, ".dat");
    }

    /**
     * As {@link #fileName(String, boolean, Set)}, ending in {@code extension} (with its dot) instead of ".dat".
     */
    public static String fileName(String base, boolean spaces, Set<String> used, String extension) {
        String safe = base.replaceAll(spaces ? "[^A-Za-z0-9 ._+\\-]" : "[^A-Za-z0-9._+\\-]", "_");
        String name = safe + extension;
        for (int k = 2; !used.add(name.toLowerCase(Locale.ROOT)); k++) {
            name = safe + "_" + k + extension;
        }
        return name;
    }
}
