package org.evofit.looper;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.evofit.core.data.ColumnSpec;
import org.evofit.wrapper.formats.DataFormats;
import org.evofit.wrapper.data.OrtFormat;
import org.evofit.wrapper.doc.ModelFileException;
import org.evofit.wrapper.model.DataOrigin;
import org.evofit.wrapper.model.ModelDefinition;

/**
 * A sweep's data files replace the model's first data set, read with that entry's {@code columns:}. An .ort file
 * names its own columns and takes only a {@code columns:} in ORSO's order (a GenX import's x: 0, y: 1, error: 2
 * is), so one in another order is refused when the sweep is planned, not in every run.
 */
final class DataColumnsCheck {

    private DataColumnsCheck() {
    }

    /**
     * @param files the sweep's data files (missing ones are left to their runs, as the plan leaves them)
     * @throws ModelFileException naming the model, the file and the columns
     */
    static void check(ModelDefinition definition, List<Path> files, Path model) {
        check(definition, 0, files, model);
    }

    /**
     * As {@link #check(ModelDefinition, List, Path)}, for the files replacing the data set at {@code index}.
     */
    static void check(ModelDefinition definition, int index, List<Path> files, Path model) {
        if (definition.layout() == null || definition.layout().data().size() <= index) {
            return;
        }
        DataOrigin first = definition.layout().data().get(index);
        ColumnSpec columns = first.columns();
        if (columns == null || OrtFormat.inOrsoOrder(columns)) {
            return;
        }
        for (Path file : files) {
            if (file != null && Files.isRegularFile(file)
                    && DataFormats.of(file, first.format()).name().equals(OrtFormat.NAME)) {
                throw ModelFileException.ofFile(model.toString(), "the sweep's data file " + file.getFileName()
                        + " is an .ort file, which names its own columns, but the model's " + (index == 0 ? "first" : "replaced")
                        + " data entry reads"
                        + " columns " + columns.describe() + "; expected no columns: or ORSO's order (x: 0, y: 1,"
                        + " error: 2, resolution: 3)");
            }
        }
    }
}
