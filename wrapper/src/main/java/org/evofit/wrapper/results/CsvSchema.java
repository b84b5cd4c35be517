package org.evofit.wrapper.results;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The columns of one CSV result file, named once: each column's name, its unit where the file names
 * one, how a record gives its field, and how a row read back becomes a record. The writer and the
 * reader of a file both go through its schema.
 *
 * @param <R>     the record of one row
 * @param columns the columns in file order
 * @param reader  builds a record from a row whose fields are found by column position in this schema
 */
public record CsvSchema<R>(List<Column<R>> columns, Function<Fields, R> reader) {

    /** Copies the list. */
    public CsvSchema {
        columns = List.copyOf(columns);
    }

    /**
     * One column.
     *
     * @param <R>   the record of one row
     * @param name  its name, as the reader looks it up
     * @param unit  the unit the header shows as {@code name (unit)}, or {@code null} for none
     * @param field the field of a record, formatted with {@link ResultCsv#number} or {@link ResultCsv#text}
     */
    public record Column<R>(String name, String unit, Function<R, String> field) {

        /** A column without a unit. */
        public static <R> Column<R> of(String name, Function<R, String> field) {
            return new Column<>(name, null, field);
        }

        /** Its header field. */
        public String header() {
            return unit == null ? name : name + " (" + unit + ")";
        }
    }

    /** The schema with the unit of column {@code name} set to {@code unit} (null or empty: none). */
    public CsvSchema<R> withUnit(String name, String unit) {
        List<Column<R>> out = new ArrayList<>();
        for (Column<R> c : columns) {
            out.add(c.name().equals(name) ? new Column<>(name, unit == null || unit.isEmpty() ? null : unit, c.field())
                    : c);
        }
        return new CsvSchema<>(out, reader);
    }

    /** The text of the file holding {@code rows}. */
    public String format(List<R> rows) {
        List<List<String>> fields = new ArrayList<>(rows.size());
        for (R r : rows) {
            fields.add(columns.stream().map(c -> c.field().apply(r)).toList());
        }
        return ResultCsv.format(columns.stream().map(Column::header).toList(), fields);
    }

    /** Reads the records of {@code file}. */
    public List<R> read(Path file) {
        return read(ResultCsv.read(file));
    }

    /** Parses CSV text; {@code file} only names it in messages. */
    public List<R> parse(Path file, String text) {
        return read(ResultCsv.parse(file, text));
    }

    /**
     * The records of a table read back.
     *
     * @throws ResultFileException naming the file, line and expected column when a column is missing
     *                             or a field is not what its column holds
     */
    public List<R> read(CsvRows table) {
        int[] at = new int[columns.size()];
        for (int i = 0; i < at.length; i++) {
            at[i] = table.column(columns.get(i).name());
        }
        List<R> out = new ArrayList<>(table.rows().size());
        for (CsvRows.Row row : table.rows()) {
            out.add(reader.apply(new Fields(table, row, at)));
        }
        return out;
    }

    /** The fields of one row, by column position in the schema. */
    public static final class Fields {

        private final CsvRows table;
        private final CsvRows.Row row;
        private final int[] at;

        Fields(CsvRows table, CsvRows.Row row, int[] at) {
            this.table = table;
            this.row = row;
            this.at = at;
        }

        /** Column {@code i} as text. */
        public String text(int i) {
            return table.text(row, at[i]);
        }

        /** Column {@code i} as a number; empty is NaN. */
        public double number(int i) {
            return table.number(row, at[i]);
        }

        /** Column {@code i} as a whole number. */
        public long integer(int i) {
            return table.integer(row, at[i]);
        }

        /** Column {@code i} as {@code true} or {@code false}. */
        public boolean flag(int i) {
            return table.flag(row, at[i]);
        }
    }
}
