package org.evofit.wrapper.results;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One row of a sweep report's {@code trends.csv}, the data of its trend charts, one per run of the
 * plan: {@code run}, the run's position (a column named {@code index}, {@code sequence}, or the
 * sequence's quantity and unit such as {@code temperature (K)}), {@code status}, {@code fom}, then
 * {@code <parameter> (unit)} and {@code <parameter>.error (unit)} for every fitted parameter.
 *
 * @param run        the run's id
 * @param position   its sequence value, or its 1-based index in the plan
 * @param status     {@code ok}, {@code failed} or {@code pending}
 * @param fom        the figure of merit, or null when the run has no result
 * @param parameters one estimate per parameter of the table, in its order
 */
public record TrendRow(String run, double position, String status, Double fom, List<Estimate> parameters) {

    private static final String RUN = "run";
    private static final String STATUS = "status";
    private static final String FOM = "fom";
    private static final String ERROR = ".error";

    /** Copies the list. */
    public TrendRow {
        parameters = List.copyOf(parameters);
    }

    /**
     * A fitted parameter's column pair.
     *
     * @param name its name
     * @param unit its unit, {@code ""} for none
     */
    public record Parameter(String name, String unit) {

        String label(String suffix) {
            return unit == null || unit.isEmpty() ? name + suffix : name + suffix + " (" + unit + ")";
        }
    }

    /**
     * The whole file.
     *
     * @param positionColumn the name of the position column
     * @param parameters     the fitted parameters, in column order
     * @param rows           the runs
     */
    public record Table(String positionColumn, List<Parameter> parameters, List<TrendRow> rows) {

        /** Copies the lists. */
        public Table {
            parameters = List.copyOf(parameters);
            rows = List.copyOf(rows);
        }
    }

    /** The text of trends.csv. */
    public static String format(Table table) {
        List<String> header = new ArrayList<>(List.of(RUN, table.positionColumn(), STATUS, FOM));
        for (Parameter p : table.parameters()) {
            header.add(p.label(""));
            header.add(p.label(ERROR));
        }
        List<List<String>> rows = new ArrayList<>();
        for (TrendRow r : table.rows()) {
            List<String> row = new ArrayList<>(List.of(ResultCsv.text(r.run()), ResultCsv.number(r.position()),
                    ResultCsv.text(r.status()), Estimate.field(r.fom())));
            row.addAll(Estimate.fields(r.parameters()));
            rows.add(row);
        }
        return ResultCsv.format(header, rows);
    }

    /** Reads trends.csv; the position is its second column, whatever it is named. */
    public static Table read(Path file) {
        CsvRows t = ResultCsv.read(file);
        int run = t.column(RUN);
        int status = t.column(STATUS);
        int fom = t.column(FOM);
        List<String> names = Estimate.names(t, fom + 1, t.header().size(), t::name);
        List<Parameter> parameters = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            parameters.add(new Parameter(names.get(i), t.unitOf(fom + 1 + 2 * i)));
        }
        List<TrendRow> rows = new ArrayList<>();
        for (CsvRows.Row r : t.rows()) {
            rows.add(new TrendRow(t.text(r, run), t.number(r, 1), t.text(r, status), Estimate.optional(t, r, fom),
                    Estimate.read(t, r, fom + 1, names.size())));
        }
        return new Table(t.header().get(1), parameters, rows);
    }
}
