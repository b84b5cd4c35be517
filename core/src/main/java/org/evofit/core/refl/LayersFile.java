package org.evofit.core.refl;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.evofit.core.data.BlankFields;
import java.util.regex.Pattern;

/**
 * Reads the ORSO validation suite's {@code .layers} format: one row per layer,
 * {@code thickness SLD iSLD roughness} separated by blanks, in Å and 1e-6 Å⁻²; the first row is the
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
        String text;
        try {
            text = org.evofit.core.input.InputLimits.readString(file);
        } catch (NoSuchFileException e) {
            throw new LayersFileException(file.toString(), 0, 0, "file not found");
        } catch (IOException e) {
            throw new LayersFileException(file.toString(), 0, 0, "cannot read: " + e.getMessage());
        }
        return parse(text, file.toString());
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
        List<int[]> places = new ArrayList<>();
        String[] lines = text.split("\\R", -1);
        for (int l = 0; l < lines.length; l++) {
            String line = lines[l];
            int hash = line.indexOf('#');
            String content = hash < 0 ? line : line.substring(0, hash);
            if (content.isBlank()) {
                continue;
            }
            int lineNo = l + 1;
            List<int[]> fields = BlankFields.of(content);
            if (fields.size() != COLUMN_NAMES.length) {
                throw new LayersFileException(file, lineNo, 0, "expected 4 columns (thickness SLD iSLD "
                        + "roughness), found " + fields.size());
            }
            double[] v = new double[COLUMN_NAMES.length];
            int[] columns = new int[COLUMN_NAMES.length];
            for (int c = 0; c < v.length; c++) {
                int[] f = fields.get(c);
                String word = content.substring(f[0], f[1]);
                columns[c] = f[0] + 1;
                if (!DECIMAL.matcher(word).matches()) {
                    throw new LayersFileException(file, lineNo, columns[c],
                            "expected a number for the " + COLUMN_NAMES[c] + ", found '" + word + "'");
                }
                v[c] = Double.parseDouble(word);
                if (!Double.isFinite(v[c])) {
                    throw new LayersFileException(file, lineNo, columns[c],
                            "expected a finite number for the " + COLUMN_NAMES[c] + ", found '" + word + "'");
                }
            }
            rows.add(new SldLayer(v[0], v[1], v[2], v[3]));
            places.add(new int[] {lineNo, columns[0], columns[3]});
        }
        if (rows.size() < 2) {
            throw new LayersFileException(file, 0, 0, "expected at least two layers (fronting and "
                    + "backing medium), found " + rows.size());
        }
        for (int j = 1; j < rows.size(); j++) {
            int[] at = places.get(j);
            SldLayer row = rows.get(j);
            if (j < rows.size() - 1 && row.thickness() < 0) {
                throw new LayersFileException(file, at[0], at[1],
                        "expected a thickness >= 0 Å, found " + row.thickness());
            }
            if (row.roughness() < 0) {
                throw new LayersFileException(file, at[0], at[2],
                        "expected a roughness >= 0 Å, found " + row.roughness());
            }
        }
        return List.copyOf(rows);
    }
}
