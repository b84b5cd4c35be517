package org.evofit.wrapper.results;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * The CSV dialect of every result file, on Apache Commons CSV: comma-separated, records ended by
 * {@code \n}, numbers in Java's shortest round-trip form ({@link Double#toString}) so that reading a
 * file back gives the same doubles, text quoted (RFC 4180) only when it holds a comma, quote or line
 * break. The reader takes LF and CRLF alike and skips blank lines.
 */
public final class ResultCsv {

    /**
     * Quotes are added by {@link #text} rather than by the printer: Commons CSV's minimal quoting also
     * quotes a field that starts with a character up to {@code #} or ends in a space, and an empty first
     * field, which would change the bytes of files evofit has always written.
     */
    private static final CSVFormat WRITE = CSVFormat.DEFAULT.builder()
            .setRecordSeparator("\n").setQuote(null).get();
    private static final CSVFormat READ = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).get();

    private ResultCsv() {
    }

    /** A number field; NaN and infinities are written as NaN, Infinity, -Infinity. */
    public static String number(double v) {
        return Double.toString(v);
    }

    /** A text field, quoted where RFC 4180 requires. */
    public static String text(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }

    /**
     * The text of a CSV file: {@code header} as its first record, then {@code rows}. Fields are
     * written as given: callers format them with {@link #number} and {@link #text}.
     */
    public static String format(List<String> header, List<List<String>> rows) {
        StringBuilder sb = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(sb, WRITE)) {
            printer.printRecord(header.stream().map(ResultCsv::text).toList());
            for (List<String> row : rows) {
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new IllegalStateException("a StringBuilder does not fail", e);
        }
        return sb.toString();
    }

    /** Reads {@code file}; see {@link #parse}. */
    public static CsvRows read(Path file) {
        String text = FileText.read(file);
        return parse(file, text);
    }

    /**
     * Parses CSV text into its header and rows; {@code file} only names it in messages. A record whose
     * field count differs from the header's is an error naming its line.
     */
    public static CsvRows parse(Path file, String text) {
        List<CsvRows.Row> rows = new ArrayList<>();
        List<String> header = null;
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(READ).get()) {
            Iterator<CSVRecord> records = parser.iterator();
            int line = 1;
            int counted = 0;
            while (records.hasNext()) {
                CSVRecord record = records.next();
                // The record's first line: line breaks before its first character (blank lines included).
                int start = (int) record.getCharacterPosition();
                for (; counted < start; counted++) {
                    line += text.charAt(counted) == '\n' ? 1 : 0;
                }
                List<String> fields = record.toList();
                if (header == null) {
                    header = fields;
                } else if (fields.size() != header.size()) {
                    throw new ResultFileException(file, line, fields.size() + " fields; expected "
                            + header.size() + " as in the header");
                } else {
                    rows.add(new CsvRows.Row(line, fields));
                }
            }
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
            throw new ResultFileException(file, 0, "not valid CSV: " + e.getMessage(), e);
        }
        if (header == null) {
            throw new ResultFileException(file, 0, "empty; expected a header row");
        }
        return new CsvRows(file, header, rows);
    }
}
