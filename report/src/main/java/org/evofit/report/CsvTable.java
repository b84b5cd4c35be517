package org.evofit.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A CSV file (RFC 4180) read back: a header row and rows of text fields. Quoted fields may hold
 * commas, doubled quotes and line breaks. Numbers are parsed with {@link Double#parseDouble}, which
 * reads Java's shortest round-trip form back to the same double.
 *
 * @param file   where it was read from (for messages)
 * @param header the column names
 * @param rows   the records after the header, each as long as the header
 * @param lines  the line on which each record starts (1-based)
 */
public record CsvTable(Path file, List<String> header, List<List<String>> rows, List<Integer> lines) {

    /** Copies the lists. */
    public CsvTable {
        header = List.copyOf(header);
        rows = rows.stream().map(List::copyOf).toList();
        lines = List.copyOf(lines);
    }

    /** Reads {@code file}; a record whose field count differs from the header's is an error. */
    public static CsvTable read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new ReportInputException(file + ": file not found");
        } catch (IOException e) {
            throw new ReportInputException(file + ": cannot be read: " + e.getMessage(), e);
        }
        return parse(file, text);
    }

    /** Parses CSV text; {@code file} only names it in messages. */
    public static CsvTable parse(Path file, String text) {
        List<List<String>> records = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int line = 1;
        int recordStart = 1;
        boolean quoted = false;
        boolean any = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
                continue;
            }
            switch (c) {
                case '"' -> {
                    if (field.length() > 0) {
                        throw new ReportInputException(file + ":" + line + ": a quote inside an unquoted field;"
                                + " expected the whole field in quotes (RFC 4180)");
                    }
                    quoted = true;
                    any = true;
                }
                case ',' -> {
                    fields.add(field.toString());
                    field.setLength(0);
                    any = true;
                }
                case '\r' -> {
                    // CRLF and LF end a record alike.
                }
                case '\n' -> {
                    if (any || field.length() > 0) {
                        fields.add(field.toString());
                        records.add(fields);
                        starts.add(recordStart);
                    }
                    fields = new ArrayList<>();
                    field.setLength(0);
                    any = false;
                    line++;
                    recordStart = line;
                }
                default -> {
                    field.append(c);
                    any = true;
                }
            }
        }
        if (quoted) {
            throw new ReportInputException(file + ":" + recordStart + ": a quoted field is not closed");
        }
        if (any || field.length() > 0) {
            fields.add(field.toString());
            records.add(fields);
            starts.add(recordStart);
        }
        if (records.isEmpty()) {
            throw new ReportInputException(file + ": empty; expected a header row");
        }
        List<String> header = records.get(0);
        for (int r = 1; r < records.size(); r++) {
            if (records.get(r).size() != header.size()) {
                throw new ReportInputException(file + ":" + starts.get(r) + ": " + records.get(r).size()
                        + " fields; expected " + header.size() + " as in the header");
            }
        }
        return new CsvTable(file, header, records.subList(1, records.size()), starts.subList(1, starts.size()));
    }

    /** The index of the first column whose name is {@code name} or starts with {@code name + " ("}. */
    public int column(String name) {
        for (int i = 0; i < header.size(); i++) {
            String h = header.get(i);
            if (h.equals(name) || h.startsWith(name + " (")) {
                return i;
            }
        }
        throw new ReportInputException(file + ":1: no column " + name + "; the header has "
                + String.join(",", header));
    }

    /** Whether a column of that name (with or without a unit) exists. */
    public boolean has(String name) {
        return header.stream().anyMatch(h -> h.equals(name) || h.startsWith(name + " ("));
    }

    /** The field as text. */
    public String text(int row, int column) {
        return rows.get(row).get(column);
    }

    /** The field as a number; an empty field is NaN. */
    public double number(int row, int column) {
        String s = rows.get(row).get(column);
        if (s.isEmpty()) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            throw new ReportInputException(file + ":" + lines.get(row) + ": column " + header.get(column)
                    + " holds '" + s + "'; expected a number");
        }
    }

    /** The unit in a column name {@code name (unit)}, or {@code ""}. */
    public String unitOf(int column) {
        String h = header.get(column);
        int open = h.indexOf(" (");
        return open >= 0 && h.endsWith(")") ? h.substring(open + 2, h.length() - 1) : "";
    }
}
