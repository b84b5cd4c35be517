package org.evofit.wrapper.ort;

import java.util.List;
import org.evofit.core.data.BlankFields;
import java.util.Locale;
import java.util.regex.Pattern;
import org.evofit.core.data.DataFileException;

/**
 * Reads the numeric rows of a data set. Fields are separated by blanks (the format asks for
 * spaces; tabs are accepted too) and a trailing {@code # comment} is ignored. Numbers are decimal
 * ({@code 1.5e-3}, {@code 0.0015}) or {@code nan}, {@code inf}, {@code infinity} in any case, as
 * numpy and Java write them. Every row must have exactly the columns the header describes.
 */
final class RowReader {

    private static final Pattern DECIMAL =
            Pattern.compile("[+-]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][+-]?\\d+)?");

    private final String file;
    private final ColumnLayout layout;

    RowReader(String file, ColumnLayout layout) {
        this.file = file;
        this.layout = layout;
    }

    /**
     * The rows as a table {@code values[column][row]}.
     *
     * @throws DataFileException at the line and column of the first field that is not a number,
     *                           of a missing or extra field, of a Qz that is not finite, or of an
     *                           error or resolution that is negative or infinite
     */
    double[][] read(List<SourceLine> rows) {
        int columns = layout.columns().size();
        double[][] values = new double[columns][rows.size()];
        for (int r = 0; r < rows.size(); r++) {
            double[] row = row(rows.get(r));
            for (int c = 0; c < columns; c++) {
                values[c][r] = row[c];
            }
        }
        return values;
    }

    private double[] row(SourceLine line) {
        String content = line.text();
        int hash = content.indexOf('#');
        if (hash >= 0) {
            content = content.substring(0, hash);
        }
        List<int[]> fields = BlankFields.of(content);
        int expected = layout.columns().size();
        if (fields.size() < expected) {
            String missing = layout.columns().get(fields.size()).label();
            throw new DataFileException(file, line.number(), content.stripTrailing().length() + 1,
                    "expected " + expected + " columns (" + layout.labels() + ") but found "
                            + fields.size() + "; " + missing + " is missing");
        }
        if (fields.size() > expected) {
            throw new DataFileException(file, line.number(), fields.get(expected)[0] + 1,
                    "expected " + expected + " columns (" + layout.labels() + ") but found "
                            + fields.size() + "; the header describes no column "
                            + (expected + 1));
        }
        double[] row = new double[expected];
        for (int c = 0; c < expected; c++) {
            int[] field = fields.get(c);
            String text = content.substring(field[0], field[1]);
            row[c] = number(text, line.number(), field[0] + 1, c);
        }
        if (Double.isNaN(row[ColumnLayout.QZ])) {
            throw new DataFileException(file, line.number(), fields.get(ColumnLayout.QZ)[0] + 1,
                    "expected a number for " + label(ColumnLayout.QZ) + " but found NaN; every"
                            + " point needs a Qz");
        }
        if (Double.isInfinite(row[ColumnLayout.QZ])) {
            throw new DataFileException(file, line.number(), fields.get(ColumnLayout.QZ)[0] + 1,
                    "expected a finite number for " + label(ColumnLayout.QZ) + " but found " + row[ColumnLayout.QZ]);
        }
        int lastWidth = layout.hasResolution() ? ColumnLayout.RESOLUTION : ColumnLayout.ERROR;
        for (int c = ColumnLayout.ERROR; c <= lastWidth && c < expected; c++) {
            requireWidth(row[c], line, fields.get(c)[0] + 1, c);
        }
        return row;
    }

    /**
     * An error or resolution is a width: NaN says "unknown" (the figure of merit counts such a point as
     * one it cannot use), but a negative one is a mistake, not a value to take the absolute of, and an
     * infinite one would silently give its point no weight at all.
     */
    private void requireWidth(double width, SourceLine line, int column, int index) {
        if (width < 0 || width == Double.POSITIVE_INFINITY) {
            throw new DataFileException(file, line.number(), column, "expected a finite width of 0 or more"
                    + " (or nan for unknown) for " + label(index) + " but found " + width);
        }
    }

    private double number(String text, int line, int column, int index) {
        if (DECIMAL.matcher(text).matches()) {
            return Double.parseDouble(text);
        }
        boolean negative = text.startsWith("-");
        String word = negative || text.startsWith("+") ? text.substring(1) : text;
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "nan" -> Double.NaN;
            case "inf", "infinity" ->
                    negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
            default -> throw new DataFileException(file, line, column, "expected a number for "
                    + label(index) + " but found '" + text + "'");
        };
    }

    /** {@code column 3 (sR)}: columns counted from 1, as editors count them. */
    private String label(int index) {
        return "column " + (index + 1) + " (" + layout.columns().get(index).label() + ")";
    }
}
