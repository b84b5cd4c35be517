package org.evofit.wrapper.data.xrd;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.evofit.core.data.ColumnSpec;
import org.evofit.core.data.DataFileException;
import org.evofit.wrapper.data.LoadedCurve;
import org.evofit.wrapper.data.LoadedFile;
import org.evofit.wrapper.data.ReadOptions;

/**
 * What a model file's data entry asks of an X-ray instrument file, whose structure says which values are
 * x, y and error: the scan to take ({@code dataSet:}, by name or 0-based index) and a {@code columns:},
 * accepted only in GenX's order (x: 0, y: 1, error: 2), which a GenX import writes.
 */
final class CurveSelection {

    private CurveSelection() {
    }

    /**
     * The file as read, narrowed to the scan {@code options} names.
     *
     * @param format the format's name
     * @param notes  the corrections applied and what was assumed
     * @throws DataFileException when the options name no scan of the file or columns in another order
     */
    static LoadedFile apply(Path file, String format, List<LoadedCurve> curves, List<String> notes,
                            ReadOptions options) {
        List<String> allNotes = new ArrayList<>(notes);
        ColumnSpec columns = options.columns();
        if (columns != null) {
            if (!columns.isPlainOrder() || columns.hasResolution()) {
                throw DataFileException.ofFile(file.toString(), "a ." + format + " file says what its values are;"
                        + " expected no columns: or x: 0, y: 1, error: 2 but found " + columns.describe());
            }
            allNotes.add("columns: " + columns.describe() + " is the order read; the values are taken as the file"
                    + " describes them");
        }
        if (options.dataSet() == null) {
            return new LoadedFile(file, format, curves, allNotes);
        }
        return new LoadedFile(file, format, List.of(chosen(file, curves, options.dataSet())), allNotes);
    }

    private static LoadedCurve chosen(Path file, List<LoadedCurve> curves, String wanted) {
        for (int i = 0; i < curves.size(); i++) {
            if (curves.get(i).name().equals(wanted) || Integer.toString(i).equals(wanted)) {
                return curves.get(i);
            }
        }
        throw DataFileException.ofFile(file.toString(), "expected a scan named or numbered '" + wanted
                + "' but the file holds " + LoadedFile.describe(curves.stream().map(LoadedCurve::name).toList()));
    }
}
