package org.evofit.wrapper.model;

import java.nio.file.Path;

/**
 * Where a model's data set came from, so that results can be written back in the same form.
 *
 * @param file       the data file
 * @param ortDataSet for an ORSO .ort file, the data set chosen by name or index (or {@code null} for
 *                   a file of one data set); {@code null} for other files
 */
public record DataSource(Path file, String ortDataSet) {

    /** Whether the data came from an ORSO .ort file. */
    public boolean isOrt() {
        return file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".ort");
    }
}
