package org.evofit.wrapper.results;

import java.nio.file.Path;
import java.util.List;

/**
 * A CSV file read back: its header and its rows of text fields, each with the line it starts on, so
 * that every mistake found while turning fields into a record names file and line.
 *
 * @param file   where it was read from (for messages)
 * @param header the column names
 * @param rows   the records after the header, each as long as the header
 */
public record CsvRows(Path file, List<String> header, List<Row> rows) {

    /** Copies the lists. */
    public CsvRows {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }

    /**
     * One record after the header.
     *
     * @param line   the line on which it starts (1-based)
     * @param fields its fields, as many as the header has columns
     */
    public record Row(int line, List<String> fields) {

        /** Copies the list. */
        public Row {
            fields = List.copyOf(fields);
        }
    }

    /**
     * The index of the column {@code name}: the first header field that is {@code name} or, for a
     * column whose unit the file names, starts with {@code name + " ("}.
     *
     * @throws ResultFileException naming the file, the header line and the expected column
     */
    public int column(String name) {
        int i = find(name);
        if (i < 0) {
            throw new ResultFileException(file, 1, "no column '" + name + "'; the header has "
                    + String.join(",", header));
        }
        return i;
    }

    /** Whether a column of that name (with or without a unit) exists. */
    public boolean has(String name) {
        return find(name) >= 0;
    }

    private int find(String name) {
        for (int i = 0; i < header.size(); i++) {
            String h = header.get(i);
            if (h.equals(name) || h.startsWith(name + " (") && h.endsWith(")")) {
                return i;
            }
        }
        return -1;
    }

    /** A column's name without the unit its header may carry. */
    public String name(int column) {
        String unit = unitOf(column);
        String h = header.get(column);
        return unit.isEmpty() ? h : h.substring(0, h.length() - unit.length() - 3);
    }

    /** The unit in a column name {@code name (unit)}, or {@code ""}. */
    public String unitOf(int column) {
        String h = header.get(column);
        int open = h.indexOf(" (");
        return open >= 0 && h.endsWith(")") ? h.substring(open + 2, h.length() - 1) : "";
    }

    /** A field as text. */
    public String text(Row row, int column) {
        return row.fields().get(column);
    }

    /** A field as a number; an empty field is NaN. */
    public double number(Row row, int column) {
        String s = row.fields().get(column);
        if (s.isEmpty()) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            throw wrong(row, column, "a number");
        }
    }

    /** A field as a whole number. */
    public long integer(Row row, int column) {
        try {
            return Long.parseLong(row.fields().get(column));
        } catch (NumberFormatException e) {
            throw wrong(row, column, "a whole number");
        }
    }

    /** A field as {@code true} or {@code false}. */
    public boolean flag(Row row, int column) {
        String s = row.fields().get(column);
        if (!s.equals("true") && !s.equals("false")) {
            throw wrong(row, column, "true or false");
        }
        return Boolean.parseBoolean(s);
    }

    private ResultFileException wrong(Row row, int column, String expected) {
        return new ResultFileException(file, row.line(), "column " + header.get(column) + " holds '"
                + row.fields().get(column) + "'; expected " + expected);
    }
}
