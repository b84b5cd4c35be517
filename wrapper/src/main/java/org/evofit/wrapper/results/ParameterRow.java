package org.evofit.wrapper.results;

import java.nio.file.Path;
import java.util.List;
import org.evofit.wrapper.results.CsvSchema.Column;

/**
 * One row of {@code parameters.csv}: {@code name,value,fit,min,max,error,errorLow,errorHigh,unit}.
 *
 * @param name      parameter name
 * @param value     fitted (or fixed, or coupled) value
 * @param fit       whether it was fitted
 * @param min       lower bound
 * @param max       upper bound
 * @param error     standard error (NaN when unknown)
 * @param errorLow  GenX's lower error bar, ≤ 0 (NaN when unknown)
 * @param errorHigh GenX's upper error bar, ≥ 0 (NaN when unknown)
 * @param unit      unit, {@code ""} when none is known
 */
public record ParameterRow(String name, double value, boolean fit, double min, double max, double error,
                           double errorLow, double errorHigh, String unit) {

    /** The file's columns. */
    public static final CsvSchema<ParameterRow> SCHEMA = new CsvSchema<>(List.of(
            Column.of("name", p -> ResultCsv.text(p.name())),
            Column.of("value", p -> ResultCsv.number(p.value())),
            Column.of("fit", p -> Boolean.toString(p.fit())),
            Column.of("min", p -> ResultCsv.number(p.min())),
            Column.of("max", p -> ResultCsv.number(p.max())),
            Column.of("error", p -> ResultCsv.number(p.error())),
            Column.of("errorLow", p -> ResultCsv.number(p.errorLow())),
            Column.of("errorHigh", p -> ResultCsv.number(p.errorHigh())),
            Column.of("unit", p -> ResultCsv.text(p.unit()))),
            f -> new ParameterRow(f.text(0), f.number(1), f.flag(2), f.number(3), f.number(4), f.number(5),
                    f.number(6), f.number(7), f.text(8)));

    /** The text of parameters.csv. */
    public static String format(List<ParameterRow> rows) {
        return SCHEMA.format(rows);
    }

    /** Reads parameters.csv. */
    public static List<ParameterRow> read(Path file) {
        return SCHEMA.read(file);
    }
}
