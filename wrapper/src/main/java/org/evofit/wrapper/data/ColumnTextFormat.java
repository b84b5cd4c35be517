package org.evofit.wrapper.data;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.evofit.core.data.ColumnSpec;
import org.evofit.core.data.ColumnTextLoader;
import org.evofit.core.data.DataFileException;
import org.evofit.core.data.DataSet;

/**
 * Column text: rows of numbers in columns, {@code #} comments, as instruments, spreadsheets and numpy write
 * them (see {@link ColumnTextLoader}). The file names no columns, so the model file's {@code columns:} says
 * which are x, y, error and resolution (x and y, the first two, by default), and nothing says what x is.
 */
public final class ColumnTextFormat implements DataFormat {

    /** The format's name: what a file no other format recognises is read as. */
    public static final String NAME = "columns";

    /** x and y, the first two columns, when the model file gives no {@code columns:}. */
    public static final ColumnSpec DEFAULT_COLUMNS = ColumnSpec.of(0, 1);

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<String> extensions() {
        return List.of(".dat", ".txt", ".csv", ".xy", ".xye");
    }

    /** Anything may be column text; it is what a file no other format recognises is read as. */
    @Override
    public boolean recognises(FileHead head) {
        return true;
    }

    @Override
    public LoadedFile read(Path file, ReadOptions options) {
        if (options.dataSet() != null) {
            throw DataFileException.ofFile(file.toString(), "expected no data set to choose: column text holds"
                    + " one curve, but '" + options.dataSet() + "' was asked for");
        }
        ColumnSpec columns = options.columns() != null ? options.columns() : DEFAULT_COLUMNS;
        String name = file.getFileName().toString();
        DataSet d = ColumnTextLoader.load(file, name, columns);
        LoadedCurve curve = new LoadedCurve(name, d.x(), d.y(), d.error(), d.xResolution(), XAxis.UNKNOWN,
                Double.NaN, null, d.hasWavelength() ? Map.of(LoadedCurve.WAVELENGTH, d.wavelength()) : Map.of());
        return new LoadedFile(file, name(), List.of(curve), columns.propagationNote().stream().toList());
    }
}
