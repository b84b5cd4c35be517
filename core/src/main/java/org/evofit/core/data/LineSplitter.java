package org.evofit.core.data;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits one line of a column text file into fields.
 *
 * <p>The separator is chosen per line: a semicolon if the line has one, else a comma if it has one,
 * else runs of blanks (spaces and tabs). The order matters because files written with a decimal
 * comma separate columns with semicolons; splitting such a line on commas would silently shift
 * every column, whereas splitting on semicolons makes {@code 1,5} fail loudly as a number. One
 * trailing separator is tolerated, as spreadsheet exports often write one.
 */
final class LineSplitter {

    private LineSplitter() {
    }

    /** The line with a trailing {@code # comment} removed. */
    static String stripComment(String line) {
        int hash = line.indexOf('#');
        return hash < 0 ? line : line.substring(0, hash);
    }

    /** The fields of a non-blank line whose comment has already been stripped. */
    static List<TextField> split(String line) {
        char separator = line.indexOf(';') >= 0 ? ';' : line.indexOf(',') >= 0 ? ',' : 0;
        return separator == 0 ? splitOnBlanks(line) : splitOn(line, separator);
    }

    private static List<TextField> splitOnBlanks(String line) {
        List<TextField> fields = new ArrayList<>();
        int i = 0;
        int n = line.length();
        while (i < n) {
            while (i < n && Character.isWhitespace(line.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !Character.isWhitespace(line.charAt(i))) {
                i++;
            }
            if (i > start) {
                fields.add(new TextField(line.substring(start, i), start + 1));
            }
        }
        return fields;
    }

    private static List<TextField> splitOn(String line, char separator) {
        List<TextField> fields = new ArrayList<>();
        int start = 0;
        while (true) {
            int end = line.indexOf(separator, start);
            int stop = end < 0 ? line.length() : end;
            fields.add(trimmed(line, start, stop));
            if (end < 0) {
                break;
            }
            start = end + 1;
        }
        TextField last = fields.get(fields.size() - 1);
        if (fields.size() > 1 && last.text().isEmpty()) {
            fields.remove(fields.size() - 1);
        }
        return fields;
    }

    /** The field between start and stop without surrounding blanks; an empty field sits at stop. */
    private static TextField trimmed(String line, int start, int stop) {
        int from = start;
        int to = stop;
        while (from < to && Character.isWhitespace(line.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(line.charAt(to - 1))) {
            to--;
        }
        int column = from < to ? from + 1 : stop + 1;
        return new TextField(line.substring(from, to), column);
    }
}
