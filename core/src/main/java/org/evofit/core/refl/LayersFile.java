package org.evofit.core.refl;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.evofit.core.data.BlankFields;
import java.util.regex.Pattern;
import org.evofit.core.input.ReadFailure;

/**
 * Reads the ORSO validation suite's {@code .layers} format: one row per layer,
 * {@code thickness SLD iSLD roughness} separated by blanks, in Å and 1e-6 Å⁻² (the polarised suite's
 * rows have {@code thickness SLD iSLD thetaM sldm roughness}, thetaM in degrees); the first row is the
 * fronting medium, the last the backing medium; the roughness on a row belongs to the interface
 * above that layer. Blank lines and everything after {@code #} are ignored.
 *
 * <p>Values the format declares ignored (the fronting medium's thickness, iSLD and roughness, the
 * backing medium's thickness) must still be numbers but are not range-checked; a negative
 * thickness of a slab or a negative roughness of a used interface is an error.
 */
public final class LayersFile {

    private static final Pattern DECIMAL =
            Pattern.compile("[+-]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][+-]?\\d+)?");
    private static final String[] COLUMN_NAMES = {"thickness", "SLD", "iSLD", "roughness"};
    private static final String[] MAGNETIC_COLUMN_NAMES = {"thickness", "SLD", "iSLD", "thetaM", "sldm", "roughness"};

    private LayersFile() {
    }

    /**
     * Reads a layers file.
     *
     * @param file the file; errors name it as given
     * @return the rows, fronting medium first
     * @throws LayersFileException when the file is missing, unreadable or malformed
     */
    public static List<SldLayer> read(Path file) {
        return parse(text(file), file.toString());
    }

    /**
     * Reads a layers file into a stack ({@link SlabStack#fromLayers}).
     *
     * @param file the file; errors name it as given
     * @return the stack
     * @throws LayersFileException when the file is missing, unreadable or malformed
     */
    public static SlabStack readStack(Path file) {
        return SlabStack.fromLayers(read(file));
    }

    /**
     * Parses the text of a layers file.
     *
     * @param text the file's content
     * @param file the name to put in error messages
     * @return the rows, fronting medium first
     * @throws LayersFileException when the text is malformed
     */
    public static List<SldLayer> parse(String text, String file) {
        List<SldLayer> rows = new ArrayList<>();
        for (double[] v : rows(text, file, COLUMN_NAMES)) {
            rows.add(new SldLayer(v[0], v[1], v[2], v[3]));
        }
        return List.copyOf(rows);
    }

    /**
     * Reads a polarised layers file (the ORSO polarised validation's six columns
     * {@code thickness SLD iSLD thetaM sldm roughness}).
     *
     * @param file the file; errors name it as given
     * @return the rows, fronting medium first
     * @throws LayersFileException when the file is missing, unreadable or malformed
     */
    public static List<MagneticLayer> readMagnetic(Path file) {
        return parseMagnetic(text(file), file.toString());
    }

    /**
     * Parses the text of a polarised layers file; see {@link #readMagnetic}.
     *
     * @param text the file's content
     * @param file the name to put in error messages
     * @return the rows, fronting medium first
     * @throws LayersFileException when the text is malformed
     */
    public static List<MagneticLayer> parseMagnetic(String text, String file) {
        List<MagneticLayer> rows = new ArrayList<>();
        for (double[] v : rows(text, file, MAGNETIC_COLUMN_NAMES)) {
            rows.add(new MagneticLayer(v[0], v[1], v[2], v[3], v[4], v[5]));
        }
        return List.copyOf(rows);
    }

    /**
     * The number of columns of the first layer row of a layers file: 4 for the unpolarised format, 6 for
     * the polarised one, whatever else is found otherwise (the parsers then say what they expected).
     *
     * @param file the file; errors name it as given
     * @return the column count
     * @throws LayersFileException when the file is missing, unreadable or has no layer rows
     */
    public static int columnCount(Path file) {
        for (String line : text(file).split("\\R", -1)) {
            String content = content(line);
            if (!content.isBlank()) {
                return BlankFields.of(content).size();
            }
        }
        throw new LayersFileException(file.toString(), 0, 0, "expected at least two layers (fronting and "
                + "backing medium), found 0");
    }

    private static String text(Path file) {
        try {
            return org.evofit.core.input.InputLimits.readString(file);
        } catch (IOException e) {
            throw new LayersFileException(file.toString(), 0, 0, ReadFailure.detail(e));
        }
    }

    private static String content(String line) {
        int hash = line.indexOf('#');
        return hash < 0 ? line : line.substring(0, hash);
    }

    /** The numeric rows, checked: thickness (first column) of slabs and roughness (last) >= 0. */
    private static List<double[]> rows(String text, String file, String[] names) {
        List<double[]> rows = new ArrayList<>();
        List<int[]> places = new ArrayList<>();
        String[] lines = text.split("\\R", -1);
        for (int l = 0; l < lines.length; l++) {
            String content = content(lines[l]);
            if (content.isBlank()) {
                continue;
            }
            int lineNo = l + 1;
            List<int[]> fields = BlankFields.of(content);
            if (fields.size() != names.length) {
                throw new LayersFileException(file, lineNo, 0, "expected " + names.length + " columns ("
                        + String.join(" ", names) + "), found " + fields.size());
            }
            double[] v = new double[names.length];
            int[] columns = new int[names.length];
            for (int c = 0; c < v.length; c++) {
                int[] f = fields.get(c);
                String word = content.substring(f[0], f[1]);
                columns[c] = f[0] + 1;
                if (!DECIMAL.matcher(word).matches()) {
                    throw new LayersFileException(file, lineNo, columns[c],
                            "expected a number for the " + names[c] + ", found '" + word + "'");
                }
                v[c] = Double.parseDouble(word);
                if (!Double.isFinite(v[c])) {
                    throw new LayersFileException(file, lineNo, columns[c],
                            "expected a finite number for the " + names[c] + ", found '" + word + "'");
                }
            }
            rows.add(v);
            places.add(new int[] {lineNo, columns[0], columns[names.length - 1]});
        }
        checkRanges(rows, places, file);
        return rows;
    }

    private static void checkRanges(List<double[]> rows, List<int[]> places, String file) {
        if (rows.size() < 2) {
            throw new LayersFileException(file, 0, 0, "expected at least two layers (fronting and "
                    + "backing medium), found " + rows.size());
        }
        for (int j = 1; j < rows.size(); j++) {
            int[] at = places.get(j);
            double[] row = rows.get(j);
            if (j < rows.size() - 1 && row[0] < 0) {
                throw new LayersFileException(file, at[0], at[1], "expected a thickness >= 0 Å, found " + row[0]);
            }
            double roughness = row[row.length - 1];
            if (roughness < 0) {
                throw new LayersFileException(file, at[0], at[2], "expected a roughness >= 0 Å, found " + roughness);
            }
        }
    }
}
