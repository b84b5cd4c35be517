package org.evofit.wrapper.model;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Where a model's data set came from, so that results can be written back in the same form.
 *
 * @param file       the data file
 * @param ortDataSet for an ORSO .ort file, the data set chosen by name or index (or {@code null} for
 *                   a file of one data set); {@code null} for other files
 * @param format     the name of the data format that read the file ({@code ort}, {@code columns}, ...), or
 *                   {@code null} when unknown (then the file name's extension decides)
 * @param notes      what reading the file assumed or corrected, one line each, reported as warnings of the fit
 */
public record DataSource(Path file, String ortDataSet, String format, List<String> notes) {

    /** Copies the notes. */
    public DataSource {
        notes = List.copyOf(notes);
    }

    /** A source read without notes, its format known by the file's extension. */
    public DataSource(Path file, String ortDataSet) {
        this(file, ortDataSet, null, List.of());
    }

    /** Whether the data came from an ORSO .ort file. */
    public boolean isOrt() {
        if (format != null) {
            return format.equals("ort");
        }
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ort");
    }
}
