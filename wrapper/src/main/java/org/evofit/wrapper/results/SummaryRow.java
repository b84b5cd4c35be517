package org.evofit.wrapper.results;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One row of a sweep's {@code summary.csv}, one per run of the plan: {@code id,model,data}, then
 * {@code data.<name>} for every data set a run of a joint model read from a file of the sweep's per-data-set
 * {@code data:} (only in such sweeps), {@code seed}, then
 * {@code sequence} when the sweep has a {@code sequence:}, {@code status,fom}, then
 * {@code <parameter>,<parameter>.error} for every parameter of any run, then {@code message}.
 *
 * @param id         the run's id
 * @param model      the model file
 * @param data       the data file, or {@code ""}
 * @param seed       the optimizer's seed
 * @param sequence   the run's sequence value, or null (empty)
 * @param status     {@code ok}, {@code failed} or {@code pending}
 * @param fom        the figure of merit, or null when the run has none
 * @param parameters one estimate per parameter of the table, in its order
 * @param message    a failed run's message, else {@code ""}
 * @param dataSets   each data set's file by the data set's name, for a run of a per-data-set {@code data:}
 */
public record SummaryRow(String id, String model, String data, long seed, Double sequence, String status,
                         Double fom, List<Estimate> parameters, String message, Map<String, String> dataSets) {

    private static final List<String> HEAD = List.of("id", "model", "data", "seed");
    /** The prefix of a data set's file column. */
    public static final String DATA_SET = "data.";
    private static final List<String> STATUS = List.of("status", "fom");
    private static final String SEQUENCE = "sequence";
    private static final String MESSAGE = "message";

    /** Copies the list and the map (in its order). */
    public SummaryRow {
        parameters = List.copyOf(parameters);
        dataSets = dataSets == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(dataSets));
    }

    /** A row of a run whose data sets the sweep names no files for. */
    public SummaryRow(String id, String model, String data, long seed, Double sequence, String status,
                      Double fom, List<Estimate> parameters, String message) {
        this(id, model, data, seed, sequence, status, fom, parameters, message, Map.of());
    }

    /**
     * The whole file.
     *
     * @param sequence   whether it has the {@code sequence} column
     * @param parameters the parameters' names, in column order
     * @param rows       the runs
     */
    public record Table(boolean sequence, List<String> parameters, List<SummaryRow> rows) {

        /** Copies the lists. */
        public Table {
            parameters = List.copyOf(parameters);
            rows = List.copyOf(rows);
        }
    }

    /** The text of summary.csv. */
    public static String format(Table table) {
        List<String> header = new ArrayList<>(HEAD.subList(0, 3));
        Set<String> sets = new LinkedHashSet<>();
        table.rows().forEach(r -> sets.addAll(r.dataSets().keySet()));
        sets.forEach(name -> header.add(DATA_SET + name));
        header.add(HEAD.get(3));
        if (table.sequence()) {
            header.add(SEQUENCE);
        }
        header.addAll(STATUS);
        for (String name : table.parameters()) {
            header.add(name);
            header.add(name + ".error");
        }
        header.add(MESSAGE);
        List<List<String>> rows = new ArrayList<>();
        for (SummaryRow r : table.rows()) {
            List<String> row = new ArrayList<>(List.of(ResultCsv.text(r.id()), ResultCsv.text(r.model()),
                    ResultCsv.text(r.data())));
            sets.forEach(name -> row.add(ResultCsv.text(r.dataSets().getOrDefault(name, ""))));
            row.add(Long.toString(r.seed()));
            if (table.sequence()) {
                row.add(Estimate.field(r.sequence()));
            }
            row.add(ResultCsv.text(r.status()));
            row.add(Estimate.field(r.fom()));
            row.addAll(Estimate.fields(r.parameters()));
            row.add(ResultCsv.text(r.message()));
            rows.add(row);
        }
        return ResultCsv.format(header, rows);
    }

    /** Reads summary.csv. */
    public static Table read(Path file) {
        CsvRows t = ResultCsv.read(file);
        int[] head = HEAD.stream().mapToInt(t::column).toArray();
        boolean sequence = t.has(SEQUENCE);
        int seq = sequence ? t.column(SEQUENCE) : -1;
        int status = t.column(STATUS.get(0));
        int fom = t.column(STATUS.get(1));
        int message = t.column(MESSAGE);
        List<String> names = Estimate.names(t, fom + 1, message, t.header()::get);
        List<SummaryRow> rows = new ArrayList<>();
        for (CsvRows.Row r : t.rows()) {
            Map<String, String> sets = new LinkedHashMap<>();
            for (int c = head[2] + 1; c < head[3]; c++) {
                String setFile = t.text(r, c);
                if (t.header().get(c).startsWith(DATA_SET) && !setFile.isEmpty()) {
                    sets.put(t.header().get(c).substring(DATA_SET.length()), setFile);
                }
            }
            rows.add(new SummaryRow(t.text(r, head[0]), t.text(r, head[1]), t.text(r, head[2]), t.integer(r, head[3]),
                    sequence ? Estimate.optional(t, r, seq) : null, t.text(r, status), Estimate.optional(t, r, fom),
                    Estimate.read(t, r, fom + 1, names.size()), t.text(r, message), sets));
        }
        return new Table(sequence, names, rows);
    }
}
