package org.evofit.wrapper.data.neutron;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.evofit.core.data.DataFileException;
import org.evofit.core.input.ReadFailure;

/**
 * A text data file as lines (CRLF, CR or LF endings), with located errors and number parsing for the
 * formats that read it.
 *
 * @param file  the file as the user named it
 * @param lines its lines without their endings; a final empty line after the last ending is left out
 */
record TextLines(Path file, List<String> lines) {

    /**
     * Reads {@code file}. Bytes that are not UTF-8 (a Latin-1 header) become replacement characters:
     * only the ASCII numbers and keys are read.
     *
     * @throws DataFileException when the file cannot be read
     */
    static TextLines read(Path file) {
        String text;
        try {
            text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw DataFileException.ofFile(file.toString(), ReadFailure.detail(e));
        }
        List<String> lines = Arrays.asList(text.split("\r\n|\r|\n", -1));
        if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines = lines.subList(0, lines.size() - 1);
        }
        return new TextLines(file, List.copyOf(lines));
    }

    /** The number of lines. */
    int size() {
        return lines.size();
    }

    /** The line at 0-based {@code index}. */
    String get(int index) {
        return lines.get(index);
    }

    /** A mistake on the line at 0-based {@code index} (reported 1-based). */
    DataFileException error(int index, String detail) {
        return new DataFileException(file.toString(), index + 1, 0, detail);
    }

    /** A mistake concerning the whole file. */
    DataFileException error(String detail) {
        return DataFileException.ofFile(file.toString(), detail);
    }

    /**
     * The numbers of the whitespace-separated fields at {@code columns} of the line at {@code index}.
     *
     * @param labels the name of every column of the line, in order, for messages (at least the largest
     *               of {@code columns} plus one)
     * @throws DataFileException naming the line, the field's character column and the column's label when
     *                           a field is missing or is not a number
     */
    double[] numbers(int index, List<String> labels, int... columns) {
        String line = lines.get(index);
        String[] fields = line.strip().split("\\s+");
        int fieldCount = line.isBlank() ? 0 : fields.length;
        double[] values = new double[columns.length];
        for (int i = 0; i < columns.length; i++) {
            int column = columns[i];
            if (column >= fieldCount) {
                throw error(index, "expected " + labels.size() + " numbers (" + String.join(", ", labels)
                        + ") but found " + fieldCount + " fields");
            }
            try {
                values[i] = Double.parseDouble(fields[column]);
            } catch (NumberFormatException e) {
                throw new DataFileException(file.toString(), index + 1, characterColumn(line, column),
                        "expected a number in column " + (column + 1) + " (" + labels.get(column)
                                + ") but found '" + fields[column] + "'");
            }
        }
        return values;
    }

    /** Whether the line at {@code index} starts with a number, as a data row does. */
    boolean startsWithNumber(int index) {
        String[] fields = lines.get(index).strip().split("\\s+", 2);
        try {
            Double.parseDouble(fields[0]);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** The index of the first line at or after {@code from} that is not blank, or {@link #size()}. */
    int nextNonBlank(int from) {
        int index = from;
        while (index < lines.size() && lines.get(index).isBlank()) {
            index++;
        }
        return index;
    }

    /** The 1-based character column where the 0-based whitespace-separated {@code field} starts. */
    private static int characterColumn(String line, int field) {
        int position = 0;
        for (int f = 0; ; f++) {
            while (position < line.length() && Character.isWhitespace(line.charAt(position))) {
                position++;
            }
            if (f == field || position >= line.length()) {
                return position + 1;
            }
            while (position < line.length() && !Character.isWhitespace(line.charAt(position))) {
                position++;
            }
        }
    }
}
