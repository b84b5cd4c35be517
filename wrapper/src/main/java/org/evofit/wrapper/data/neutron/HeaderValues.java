package org.evofit.wrapper.data.neutron;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.evofit.core.data.DataFileException;

/**
 * The {@code key SEPARATOR value} lines of a file's header, keys and values trimmed, with the line each
 * came from; lines without the separator are left out.
 *
 * @param text   the file
 * @param values each key's value (the first line of a key wins)
 * @param lines  each key's 0-based line index
 */
record HeaderValues(TextLines text, Map<String, String> values, Map<String, Integer> lines) {

    /**
     * The keys of lines {@code from} (inclusive) to {@code to} (exclusive).
     *
     * @param prefix    what each header line starts with, removed before splitting ({@code "#"}), or empty
     * @param separator what separates key and value ({@code ":"}, {@code "="})
     */
    static HeaderValues of(TextLines text, int from, int to, String prefix, String separator) {
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, Integer> lines = new LinkedHashMap<>();
        for (int index = from; index < to; index++) {
            String line = text.get(index).strip();
            if (!line.startsWith(prefix)) {
                continue;
            }
            line = line.substring(prefix.length());
            int at = line.indexOf(separator);
            if (at > 0) {
                String key = line.substring(0, at).strip();
                values.putIfAbsent(key, line.substring(at + separator.length()).strip());
                lines.putIfAbsent(key, index);
            }
        }
        return new HeaderValues(text, values, lines);
    }

    /** The value of {@code key}, if the header has it. */
    Optional<String> optional(String key) {
        return Optional.ofNullable(values.get(key));
    }

    /**
     * The value of {@code key}.
     *
     * @throws DataFileException naming the key when the header lacks it
     */
    String required(String key, String where) {
        return optional(key).orElseThrow(() -> text.error("expected the header key '" + key + "' " + where
                + " but found none"));
    }

    /**
     * The value of {@code key} as a number.
     *
     * @throws DataFileException naming the line when the value is not a number
     */
    double number(String key) {
        String value = values.get(key);
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw text.error(lines.get(key), "expected a number for " + key + " but found '" + value + "'");
        }
    }

    /** The 0-based line index of {@code key}, which the header has. */
    int line(String key) {
        return lines.get(key);
    }
}
