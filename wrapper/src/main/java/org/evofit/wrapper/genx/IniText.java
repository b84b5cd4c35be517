package org.evofit.wrapper.genx;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The sections of GenX's configuration text, which Python's configparser writes: {@code [section]}
 * headers, {@code key = value} lines, and continuation lines indented under a key (which only the
 * startup script uses, and which the importer does not need, so they are skipped).
 */
final class IniText {

    private IniText() {
    }

    /** The {@code key = value} pairs of one section, keys in lower case; empty when the section is missing. */
    static Map<String, String> section(String text, String name) {
        Map<String, String> out = new LinkedHashMap<>();
        boolean inside = false;
        for (String raw : text.split("\\R")) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#") || line.startsWith(";") || Character.isWhitespace(raw.charAt(0))) {
                continue;
            }
            if (line.startsWith("[") && line.endsWith("]")) {
                inside = line.substring(1, line.length() - 1).strip().equalsIgnoreCase(name);
                continue;
            }
            int eq = line.indexOf('=');
            if (inside && eq > 0) {
                out.put(line.substring(0, eq).strip().toLowerCase(java.util.Locale.ROOT), line.substring(eq + 1).strip());
            }
        }
        return out;
    }
}
