package org.evofit.wrapper.results;

import java.util.ArrayList;
import java.util.List;

/**
 * A parameter's value and standard error in a row of a sweep's table (summary.csv, trends.csv), each
 * null where the run has none (an empty field).
 *
 * @param value the fitted value, or null
 * @param error its standard error, or null
 */
public record Estimate(Double value, Double error) {

    /** A run without this parameter (failed, pending, or a model without it). */
    public static final Estimate NONE = new Estimate(null, null);

    /** A field for a number that may be absent. */
    static String field(Double v) {
        return v == null ? "" : ResultCsv.number(v);
    }

    /** The two fields of each estimate, in order. */
    static List<String> fields(List<Estimate> estimates) {
        List<String> out = new ArrayList<>();
        for (Estimate e : estimates) {
            out.add(field(e.value()));
            out.add(field(e.error()));
        }
        return out;
    }

    /** The estimates in {@code count} column pairs from column {@code from} of a row. */
    static List<Estimate> read(CsvRows table, CsvRows.Row row, int from, int count) {
        List<Estimate> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(new Estimate(optional(table, row, from + 2 * i), optional(table, row, from + 2 * i + 1)));
        }
        return out;
    }

    /** A number field, null when empty. */
    static Double optional(CsvRows table, CsvRows.Row row, int column) {
        return table.text(row, column).isEmpty() ? null : table.number(row, column);
    }

    /**
     * Checks that the header's columns from {@code from} to {@code to} (exclusive) come in pairs whose
     * second is the first's {@code .error}, and gives the parameters' names; {@code name} reads a
     * column's name from its header field.
     */
    static List<String> names(CsvRows table, int from, int to, java.util.function.IntFunction<String> name) {
        List<String> out = new ArrayList<>();
        for (int c = from; c < to; c += 2) {
            String value = name.apply(c);
            String error = c + 1 < to ? name.apply(c + 1) : null;
            if (!(value + ".error").equals(error)) {
                throw new ResultFileException(table.file(), 1, "column " + (c + 2) + " is "
                        + (error == null ? "missing" : "'" + table.header().get(c + 1) + "'") + "; expected '"
                        + value + ".error' after '" + table.header().get(c) + "'");
            }
            out.add(value);
        }
        return out;
    }
}
