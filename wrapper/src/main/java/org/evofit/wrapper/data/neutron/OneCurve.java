package org.evofit.wrapper.data.neutron;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.evofit.core.data.ColumnSpec;
import org.evofit.core.data.DataFileException;
import org.evofit.wrapper.data.LoadedCurve;
import org.evofit.wrapper.data.LoadedFile;
import org.evofit.wrapper.data.ReadOptions;

/**
 * What a model file's data entry may ask of a neutron instrument file, which holds one curve whose columns
 * the format knows: a {@code columns:} only in the file's own order (x: 0, y: 1, error: 2 and, where the
 * file has one, resolution: 3), as a GenX import writes it, and a {@code dataSet:} naming that curve.
 */
final class OneCurve {

    private OneCurve() {
    }

    /**
     * The file as read, after checking {@code options} against it.
     *
     * @param hasResolution whether the file's fourth column is the resolution
     * @throws DataFileException for columns in another order or a data set the file does not hold
     */
    static LoadedFile of(Path file, String format, LoadedCurve curve, List<String> notes, boolean hasResolution,
                         ReadOptions options) {
        List<String> allNotes = new ArrayList<>(notes);
        ColumnSpec columns = options.columns();
        if (columns != null) {
            boolean fileOrder = columns.isPlainOrder() && (!columns.hasResolution() || hasResolution);
            if (!fileOrder) {
                throw DataFileException.ofFile(file.toString(), "a " + format + " file says what its columns are;"
                        + " expected no columns: or x: 0, y: 1, error: 2" + (hasResolution ? ", resolution: 3" : "")
                        + " but found " + columns.describe());
            }
            allNotes.add("columns: " + columns.describe() + " is the file's own order; its values are taken as the"
                    + " format reads them");
        }
        String wanted = options.dataSet();
        if (wanted != null && !wanted.equals("0") && !wanted.equals(curve.name())) {
            throw DataFileException.ofFile(file.toString(), "expected a data set named or numbered '" + wanted
                    + "' but the file holds " + LoadedFile.describe(List.of(curve.name())));
        }
        return new LoadedFile(file, format, List.of(curve), allNotes);
    }
}
