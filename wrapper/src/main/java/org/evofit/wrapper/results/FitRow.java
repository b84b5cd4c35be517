package org.evofit.wrapper.results;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.evofit.core.data.DataSet;
import org.evofit.wrapper.results.CsvSchema.Column;

/**
 * One row of {@code fit.csv}: {@code dataset,x,y,error,model,residual}, one per point of every data
 * set; the x column carries the unit where the model knows it ({@code x (deg)}, {@code x (1/Å)}).
 *
 * @param dataset  the data set's name
 * @param x        independent variable
 * @param y        measured value
 * @param error    1-sigma error of y, or {@code null} when the data have none (an empty field)
 * @param model    the model at the fitted values
 * @param residual y − model
 */
public record FitRow(String dataset, double x, double y, Double error, double model, double residual) {

    /** The file's columns, x without a unit. */
    public static final CsvSchema<FitRow> SCHEMA = new CsvSchema<>(List.of(
            Column.of("dataset", r -> ResultCsv.text(r.dataset())),
            Column.of("x", r -> ResultCsv.number(r.x())),
            Column.of("y", r -> ResultCsv.number(r.y())),
            Column.of("error", r -> r.error() == null ? "" : ResultCsv.number(r.error())),
            Column.of("model", r -> ResultCsv.number(r.model())),
            Column.of("residual", r -> ResultCsv.number(r.residual()))),
            f -> new FitRow(f.text(0), f.number(1), f.number(2), f.text(3).isEmpty() ? null : f.number(3),
                    f.number(4), f.number(5)));

    /**
     * The whole file: its rows and the unit of x.
     *
     * @param xUnit the unit of x, {@code ""} when unknown
     * @param rows  the rows in file order
     */
    public record Table(String xUnit, List<FitRow> rows) {

        /** Copies the list. */
        public Table {
            rows = List.copyOf(rows);
        }
    }

    /** The rows of data sets and the model's values at each of their points, residual = y − model. */
    public static List<FitRow> of(List<DataSet> sets, double[][] model) {
        List<FitRow> rows = new ArrayList<>();
        for (int i = 0; i < sets.size(); i++) {
            DataSet d = sets.get(i);
            for (int j = 0; j < d.size(); j++) {
                rows.add(new FitRow(d.name(), d.x()[j], d.y()[j], d.hasErrors() ? d.error()[j] : null, model[i][j],
                        d.y()[j] - model[i][j]));
            }
        }
        return rows;
    }

    /** The text of fit.csv. */
    public static String format(Table table) {
        return SCHEMA.withUnit("x", table.xUnit()).format(table.rows());
    }

    /** Reads fit.csv. */
    public static Table read(Path file) {
        CsvRows t = ResultCsv.read(file);
        return new Table(t.unitOf(t.column("x")), SCHEMA.read(t));
    }
}
