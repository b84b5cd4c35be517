package org.evofit.core.data;

import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads one data row of a column text file into {x, y, error, resolution, wavelength}: parses the columns the
 * {@link ColumnSpec}'s terms read, evaluates the terms and checks that every value is usable, each
 * mistake at its file, line and column. Absent quantities stay 0 and are dropped later.
 */
final class RowReader {

    private static final String[] ROLES = {"x", "y", "error", "resolution", "lambda"};

    private final ColumnSpec columns;
    private final String source;
    private final List<ColumnTerm> terms;
    private final PropagatedError propagated;
    private final int[] used;
    private final int required;

    RowReader(ColumnSpec columns, String source) {
        this.columns = columns;
        this.source = source;
        this.terms = columns.compiled();
        this.propagated = columns.propagated().orElse(null);
        Set<Integer> all = new TreeSet<>();
        terms.stream().filter(t -> t != null).forEach(t -> all.addAll(t.columns()));
        this.used = all.stream().mapToInt(Integer::intValue).toArray();
        this.required = columns.requiredColumns();
    }

    /** The row at 1-based {@code line} whose comment has been stripped. */
    double[] read(String content, int line) {
        List<TextField> fields = LineSplitter.split(content);
        if (fields.size() < required) {
            throw new DataFileException(source, line, 0, "expected at least " + required + " columns ("
                    + columns.describe() + ") but found " + fields.size());
        }
        double[] row = new double[required];
        for (int column : used) {
            row[column] = number(fields, column, line);
        }
        double[] out = new double[5];
        out[0] = checked(0, row, fields, line, Double.isFinite(terms.get(0).value(row)), "a finite number");
        out[1] = checked(1, row, fields, line, Double.isFinite(terms.get(1).value(row)), "a finite number");
        if (terms.get(2) != null) {
            double error = terms.get(2).value(row);
            out[2] = checked(2, row, fields, line, error > 0 && error <= Double.MAX_VALUE,
                    "a finite 1-sigma error greater than 0");
        } else if (propagated != null) {
            out[2] = propagated.error(out[1], row);
            if (!(out[2] > 0 && out[2] <= Double.MAX_VALUE)) {
                throw new DataFileException(source, line, fields.get(used[0]).column(), "the error of y propagated"
                        + " from Poisson counts is " + out[2] + " (" + found(terms.get(1), row) + "); a row of zero"
                        + " counts has no Poisson error: give error:, such as sqrt(max(counts, 1)) / monitor");
            }
        }
        if (terms.get(3) != null) {
            double resolution = terms.get(3).value(row);
            out[3] = checked(3, row, fields, line, resolution >= 0 && resolution <= Double.MAX_VALUE,
                    "a finite resolution of 0 or more");
        }
        if (terms.get(4) != null) {
            double wavelength = terms.get(4).value(row);
            out[4] = checked(4, row, fields, line, wavelength > 0 && wavelength <= Double.MAX_VALUE,
                    "a finite wavelength greater than 0 (Å)");
        }
        return out;
    }

    /** The value of term {@code role}, or a located error saying what was expected. */
    private double checked(int role, double[] row, List<TextField> fields, int line, boolean usable,
                           String expected) {
        ColumnTerm term = terms.get(role);
        double value = term.value(row);
        if (usable) {
            return value;
        }
        if (term.isColumn()) {
            TextField field = fields.get(term.column());
            throw new DataFileException(source, line, field.column(), "expected " + expected + " in "
                    + label(term.column()) + " but found '" + field.text() + "'");
        }
        int column = term.columns().isEmpty() ? 0 : fields.get(term.columns().iterator().next()).column();
        throw new DataFileException(source, line, column, "expected " + expected + " for " + ROLES[role] + " = "
                + term.text().strip() + " but it is " + value + " (" + found(term, row) + ")");
    }

    /** The columns an expression read, for messages: {@code c20 = 5, c21 = 0}. */
    private static String found(ColumnTerm term, double[] row) {
        StringBuilder text = new StringBuilder();
        for (int column : term.columns()) {
            text.append(text.length() == 0 ? "" : ", ").append('c').append(column).append(" = ").append(row[column]);
        }
        return text.toString();
    }

    private double number(List<TextField> fields, int index, int line) {
        TextField field = fields.get(index);
        OptionalDouble number = NumberText.parse(field.text());
        if (number.isPresent()) {
            return number.getAsDouble();
        }
        String found = field.text().isEmpty() ? "an empty field" : "'" + field.text() + "'";
        String hint = NumberText.hasDecimalComma(field.text())
                ? " (write the decimal point as '.')" : "";
        throw new DataFileException(source, line, field.column(),
                "expected a number in " + label(index) + " but found " + found + hint);
    }

    /** Columns are counted from 1 in messages, as editors and spreadsheets count them. */
    private String label(int index) {
        return "column " + (index + 1) + " (" + columns.roles(index) + ")";
    }
}
