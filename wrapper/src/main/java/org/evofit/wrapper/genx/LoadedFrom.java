package org.evofit.wrapper.genx;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;

/**
 * Where GenX loaded a data set from, as its {@code meta} says: GenX 3 records the file's name in
 * {@code data_source.file_name} and its loader's name in {@code data_source.experiment.instrument} (an
 * ORSO file's header replaces the latter with the instrument's), and keeps an ORSO file's whole header.
 *
 * @param fileName the file's name as GenX was given it (a path, possibly a Windows one), or null when
 *                 GenX kept none (projects saved before GenX recorded it)
 * @param loader   GenX's loader (or an ORSO header's instrument), or null
 * @param meta     the whole {@code meta} tree: for an ORSO file, the header GenX kept
 * @param unread   values of {@code meta} left out (see {@link MetaTree#unread})
 */
record LoadedFrom(String fileName, String loader, ObjectNode meta, List<String> unread) {

    /** Normalises the lists. */
    LoadedFrom {
        unread = List.copyOf(unread);
    }

    /** What the meta tree says. */
    static LoadedFrom of(MetaTree tree) {
        JsonNode source = tree.tree().path("data_source");
        return new LoadedFrom(text(source.path("file_name")), text(source.path("experiment").path("instrument")),
                tree.tree(), tree.unread());
    }

    private static String text(JsonNode node) {
        return node.isTextual() && !node.asText().isBlank() ? node.asText() : null;
    }

    /** The file's name without its folders ({@code /} or {@code \}), or null. */
    String baseName() {
        if (fileName == null) {
            return null;
        }
        String s = fileName.strip();
        return s.substring(Math.max(s.lastIndexOf('/'), s.lastIndexOf('\\')) + 1);
    }

    /** The file name's ending, lower case with the dot ({@code .ort}), or "" when it has none. */
    String extension() {
        String base = baseName();
        int dot = base == null ? -1 : base.lastIndexOf('.');
        return dot <= 0 ? "" : base.substring(dot).toLowerCase(Locale.ROOT);
    }

    /** Whether the file was an ORSO file (text {@code .ort}, or its binary form {@code .orb}). */
    boolean isOrso() {
        return extension().equals(".ort") || extension().equals(".orb");
    }
}
