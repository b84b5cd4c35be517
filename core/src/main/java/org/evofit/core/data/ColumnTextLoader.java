package org.evofit.core.data;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.evofit.core.input.InputLimits;

/**
 * Loads a data set from a text file of numeric columns, as written by instruments, spreadsheets
 * and numpy.
 *
 * <p>Columns may be separated by blanks, tabs, commas or semicolons (chosen per line, see
 * {@link LineSplitter}); blank lines and {@code #} comments, whole-line or trailing, are skipped.
 * Only the columns named in the {@link ColumnSpec} are read, so other columns may hold anything.
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
        List<double[]> rows = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String content = LineSplitter.stripComment(lines.get(i));
            if (!content.isBlank()) {
                rows.add(readRow(content, sourceName, i + 1, columns));
            }
        }
        if (rows.isEmpty()) {
            throw DataFileException.ofFile(sourceName, "no data rows");
        }
        return toDataSet(rows, name, columns);
    }

    /** One row as {x, y, error, resolution}; absent quantities stay 0 and are dropped later. */
    private static double[] readRow(String content, String source, int line, ColumnSpec columns) {
        List<TextField> fields = LineSplitter.split(content);
        if (fields.size() < columns.requiredColumns()) {
            throw new DataFileException(source, line, 0, "expected at least "
                    + columns.requiredColumns() + " columns (" + columns.describe() + ") but found "
                    + fields.size());
        }
        double x = value(fields, columns.x(), source, line, columns);
        require(Double.isFinite(x), "a finite number", fields, columns.x(), source, line, columns);
        double y = value(fields, columns.y(), source, line, columns);
        require(Double.isFinite(y), "a finite number", fields, columns.y(), source, line, columns);
        double error = 0;
        if (columns.hasError()) {
            error = value(fields, columns.error(), source, line, columns);
            require(error > 0 && error <= Double.MAX_VALUE, "a finite 1-sigma error greater than 0", fields,
                    columns.error(), source, line, columns);
        }
        double resolution = 0;
        if (columns.hasResolution()) {
            resolution = value(fields, columns.resolution(), source, line, columns);
            require(resolution >= 0 && resolution <= Double.MAX_VALUE, "a finite resolution of 0 or more",
                    fields, columns.resolution(), source, line, columns);
        }
        return new double[] {x, y, error, resolution};
    }

    private static void require(boolean usable, String expected, List<TextField> fields, int index,
                                String source, int line, ColumnSpec columns) {
        if (!usable) {
            TextField field = fields.get(index);
            throw new DataFileException(source, line, field.column(), "expected " + expected + " in "
                    + label(index, columns) + " but found '" + field.text() + "'");
        }
    }

    private static double value(List<TextField> fields, int index, String source, int line,
                                ColumnSpec columns) {
        TextField field = fields.get(index);
        OptionalDouble number = NumberText.parse(field.text());
        if (number.isPresent()) {
            return number.getAsDouble();
        }
        String found = field.text().isEmpty() ? "an empty field" : "'" + field.text() + "'";
        String hint = NumberText.hasDecimalComma(field.text())
                ? " (write the decimal point as '.')" : "";
        throw new DataFileException(source, line, field.column(),
                "expected a number in " + label(index, columns) + " but found " + found + hint);
    }

    /** Columns are counted from 1 in messages, as editors and spreadsheets count them. */
    private static String label(int index, ColumnSpec columns) {
        return "column " + (index + 1) + " (" + columns.roles(index) + ")";
    }

    private static DataSet toDataSet(List<double[]> rows, String name, ColumnSpec columns) {
        int n = rows.size();
        double[] x = new double[n];
        double[] y = new double[n];
        double[] error = columns.hasError() ? new double[n] : null;
        double[] resolution = columns.hasResolution() ? new double[n] : null;
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
        }
        return new DataSet(name, x, y, error, resolution,
                Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
    }

    /**
     * The file's text. Undecodable bytes become U+FFFD rather than failing: they usually sit in a
     * header comment written in another encoding (an Angstrom sign, say), which is skipped anyway,
     * and in a number they still fail with a located message.
     */
    private static String readText(Path file) {
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
        } catch (NoSuchFileException e) {
            throw DataFileException.ofFile(source, "file not found");
        } catch (AccessDeniedException e) {
            throw DataFileException.ofFile(source, "expected a readable file but access was denied");
        } catch (IOException e) {
            throw DataFileException.ofFile(source, "cannot read the file: " + e.getMessage());
        }
    }
}
