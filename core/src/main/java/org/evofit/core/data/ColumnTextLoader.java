package org.evofit.core.data;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.evofit.core.input.InputLimits;
import org.evofit.core.input.ReadFailure;

/**
 * Loads a data set from a text file of numeric columns, as written by instruments, spreadsheets
 * and numpy.
 *
 * <p>Columns may be separated by blanks, tabs, commas or semicolons (chosen per line, see
 * {@link LineSplitter}); blank lines and {@code #} comments, whole-line or trailing, are skipped, and
 * so are lines matching the {@link ColumnSpec}'s comment pattern; its row range picks data rows.
 * Only the columns its terms read are parsed, so other columns may hold anything.
 * Every mistake is reported as a {@link DataFileException} naming file, line and column.
 *
 * <p>Every value read must be usable as it is, so a figure of merit never drops a point without a
 * word: x and y must be finite (a number too large for a double, such as {@code 1e999}, is
 * infinite), a 1-sigma error finite and positive (a zero error would weigh its point infinitely, a
 * negative one is a mistake, not a value to take the absolute of) and a resolution finite and not
 * negative. Each is refused with its file, line and column.
 */
public final class ColumnTextLoader {

    private ColumnTextLoader() {
    }

    /**
     * Reads a data file.
     *
     * @param file    the file; messages name it as given
     * @param name    name of the resulting data set
     * @param columns which columns hold which quantity
     * @return the data set, without a fit range
     * @throws DataFileException when the file is missing, unreadable or has a mistake
     */
    public static DataSet load(Path file, String name, ColumnSpec columns) {
        return parse(readText(file), file.toString(), name, columns);
    }

    /**
     * Reads data already in memory.
     *
     * @param text       the content of a data file
     * @param sourceName what messages call the source, usually the file name
     * @param name       name of the resulting data set
     * @param columns    which columns hold which quantity
     * @return the data set, without a fit range
     * @throws DataFileException when the text has a mistake
     */
    public static DataSet parse(String text, String sourceName, String name, ColumnSpec columns) {
        // A byte order mark is invisible in editors, so it must not become part of the first field.
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<String> lines = body.lines().toList();
        RowReader reader = new RowReader(columns, sourceName);
        Pattern comment = columns.comment() == null ? null : Pattern.compile(columns.comment());
        List<double[]> rows = new ArrayList<>();
        int dataRow = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (comment != null && comment.matcher(lines.get(i)).find()) {
                continue;
            }
            String content = LineSplitter.stripComment(lines.get(i));
            if (content.isBlank()) {
                continue;
            }
            dataRow++;
            if (dataRow >= columns.firstRow() && dataRow <= columns.lastRow()) {
                rows.add(reader.read(content, i + 1));
            }
        }
        if (rows.isEmpty()) {
            throw DataFileException.ofFile(sourceName, columns.readsEveryRow() ? "no data rows"
                    : "no data rows" + (columns.comment() == null ? "" : " besides lines matching '"
                    + columns.comment() + "'") + " within rows " + columns.firstRow() + " to "
                    + (columns.lastRow() == Integer.MAX_VALUE ? "the end" : columns.lastRow())
                    + " (the file has " + (dataRow + 1) + ")");
        }
        return toDataSet(rows, name, columns);
    }

    private static DataSet toDataSet(List<double[]> rows, String name, ColumnSpec columns) {
        int n = rows.size();
        double[] x = new double[n];
        double[] y = new double[n];
        double[] error = columns.hasError() ? new double[n] : null;
        double[] resolution = columns.hasResolution() ? new double[n] : null;
        double[] wavelength = columns.hasWavelength() ? new double[n] : null;
        for (int i = 0; i < n; i++) {
            double[] row = rows.get(i);
            x[i] = row[0];
            y[i] = row[1];
            if (error != null) {
                error[i] = row[2];
            }
            if (resolution != null) {
                resolution[i] = row[3];
            }
            if (wavelength != null) {
                wavelength[i] = row[4];
            }
        }
        return new DataSet(name, x, y, error, resolution,
                Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, wavelength);
    }

    /**
     * The file's text, read once within {@link InputLimits}, for a caller that looks at it before
     * {@link #parse parsing} it. Undecodable bytes become U+FFFD rather than failing: they usually sit in a
     * header comment written in another encoding (an Angstrom sign, say), which is skipped anyway,
     * and in a number they still fail with a located message.
     *
     * @throws DataFileException naming the file when it is missing, unreadable, a device or too large
     */
    public static String readText(Path file) {
        String source = file.toString();
        if (Files.isDirectory(file)) {
            throw DataFileException.ofFile(source, "expected a data file but found a directory");
        }
        try {
            byte[] bytes = InputLimits.readAllBytes(file);
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (IOException e) {
            throw DataFileException.ofFile(source, ReadFailure.detail(e));
        }
    }
}
