package org.evofit.wrapper.genx;

import java.nio.file.Path;
import java.util.List;

/**
 * What an import wrote.
 *
 * @param model        the model file written
 * @param dataFiles    the data files written, in GenX's data-set order
 * @param untranslated the lines kept as comments (only with lenient imports; empty otherwise)
 * @param sweep        the sweep file written for a GenX batch, or {@code null} for a single model
 */
public record ImportReport(Path model, List<Path> dataFiles, List<ScriptLine> untranslated, Path sweep) {

    /** Copies the lists so that the report cannot change afterwards. */
    public ImportReport {
        dataFiles = List.copyOf(dataFiles);
        untranslated = List.copyOf(untranslated);
    }
}
