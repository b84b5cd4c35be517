package org.evofit.core.materials;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads a DABAX data file: comment and header lines start with {@code #}; each scan starts with a
 * {@code #S number name} line, names its columns on a {@code #L} line and is followed by its data rows.
 * Other header lines ({@code #F}, {@code #UD}, {@code #N}, ...) are documentation and are skipped. Line
 * ends may be LF or CRLF.
 */
final class DabaxReader {

    private DabaxReader() {
    }

    /**
     * All scans of a file in file order; {@code source} names the file in messages.
     *
     * @throws IOException              when the stream cannot be read
     * @throws IllegalArgumentException when data rows appear before the first scan
     */
    static List<DabaxScan> read(String source, InputStream in) throws IOException {
        List<DabaxScan> scans = new ArrayList<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
        String name = null;
        int scanLine = 0;
        List<String> labels = List.of();
        List<List<String>> rows = new ArrayList<>();
        int lineNumber = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            lineNumber++;
            String text = line.strip();
            if (text.isEmpty()) {
                continue;
            }
            if (text.startsWith("#S")) {
                if (name != null) {
                    scans.add(new DabaxScan(name, labels, rows, scanLine));
                }
                String[] words = words(text);
                if (words.length < 2) {
                    throw new IllegalArgumentException(source + ":" + lineNumber + ": #S line without a name");
                }
                name = words[words.length - 1];
                scanLine = lineNumber;
                labels = List.of();
                rows = new ArrayList<>();
            } else if (text.startsWith("#L")) {
                String[] words = words(text);
                labels = Arrays.asList(words).subList(1, words.length);
            } else if (!text.startsWith("#")) {
                if (name == null) {
                    throw new IllegalArgumentException(source + ":" + lineNumber + ": data before the first #S line");
                }
                rows.add(Arrays.asList(words(text)));
            }
        }
        if (name != null) {
            scans.add(new DabaxScan(name, labels, rows, scanLine));
        }
        return scans;
    }

    private static String[] words(String text) {
        return text.split("\\s+");
    }
}
