package org.evofit.wrapper.results;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.evofit.wrapper.results.CsvSchema.Column;

/**
 * One row of {@code history.csv}: {@code generation,bestFom}.
 *
 * @param generation the generation, from 0
 * @param bestFom    the best figure of merit after it
 */
public record HistoryRow(int generation, double bestFom) {

    /** The file's columns. */
    public static final CsvSchema<HistoryRow> SCHEMA = new CsvSchema<>(List.of(
            Column.of("generation", h -> Integer.toString(h.generation())),
            Column.of("bestFom", h -> ResultCsv.number(h.bestFom()))),
            f -> new HistoryRow(Math.toIntExact(f.integer(0)), f.number(1)));

    /** The rows of a fit's history, one per generation. */
    public static List<HistoryRow> of(double[] history) {
        List<HistoryRow> rows = new ArrayList<>(history.length);
        for (int g = 0; g < history.length; g++) {
            rows.add(new HistoryRow(g, history[g]));
        }
        return rows;
    }

    /** The text of history.csv. */
    public static String format(List<HistoryRow> rows) {
        return SCHEMA.format(rows);
    }

    /** Reads history.csv. */
    public static List<HistoryRow> read(Path file) {
        return SCHEMA.read(file);
    }
}
