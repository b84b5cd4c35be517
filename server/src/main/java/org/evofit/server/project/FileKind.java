package org.evofit.server.project;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.evofit.wrapper.formats.DataFormats;

/**
 * What a project file is, told by its name: the folder it lives in and the endings each kind takes.
 * Uploads are sorted into their folders by this table, and the project page labels files with it.
 */
public enum FileKind {
    /** An evofit model file (YAML or JSON). */
    MODEL("models", "model", List.of(".yaml", ".yml", ".json")),
    /** A model script. */
    SCRIPT("models", "script", List.of(".java")),
    /** A GenX project (GenX 3's .hgx or GenX 2's .gx), imported into a model file and data files on upload. */
    GENX("genx", "GenX project", List.of(".hgx", ".gx")),
    /** Measured data in any format evofit reads ({@link DataFormats}): column text, ORSO, the instruments' own. */
    DATA("data", "data", dataEndings()),
    /** A sweep file the service wrote for a sweep it started. */
    SWEEP("sweeps", "sweep", List.of(".yaml")),
    /** A finished run's file. */
    RESULT("results", "result", List.of());

    private final String folder;
    private final String label;
    private final List<String> endings;

    FileKind(String folder, String label, List<String> endings) {
        this.folder = folder;
        this.label = label;
        this.endings = endings;
    }

    /** The project folder files of this kind go into. */
    public String folder() {
        return folder;
    }

    /** The kind as the pages name it. */
    public String label() {
        return label;
    }

    private static List<String> dataEndings() {
        List<String> endings = new ArrayList<>(List.of(".tsv"));
        DataFormats.ALL.forEach(f -> f.extensions().stream().filter(e -> !endings.contains(e)).forEach(endings::add));
        return List.copyOf(endings);
    }

    /** The kinds a user may upload. */
    public static List<FileKind> uploadable() {
        return List.of(MODEL, SCRIPT, GENX, DATA);
    }

    /** The uploadable kind of a file called {@code name}, if its ending is one of theirs. */
    public static Optional<FileKind> ofUpload(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return uploadable().stream().filter(k -> k.endings.stream().anyMatch(lower::endsWith)).findFirst();
    }

    /** The kind of a stored file, from its folder (a file outside the known folders has none). */
    public static Optional<FileKind> ofStored(String relativePath) {
        String top = relativePath.contains("/") ? relativePath.substring(0, relativePath.indexOf('/')) : "";
        if (top.equals(MODEL.folder)) {
            return ofUpload(relativePath).filter(k -> k == MODEL || k == SCRIPT);
        }
        return Arrays.stream(values()).filter(k -> k != MODEL && k != SCRIPT && k.folder.equals(top)).findFirst();
    }

    /** The endings accepted for uploads, for messages. */
    public static String uploadEndings() {
        StringBuilder out = new StringBuilder();
        for (FileKind k : uploadable()) {
            out.append(out.length() == 0 ? "" : "; ").append(k.label).append(' ').append(String.join(" ", k.endings));
        }
        return out.toString();
    }
}
