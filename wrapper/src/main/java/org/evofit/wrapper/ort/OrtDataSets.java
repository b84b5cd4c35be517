package org.evofit.wrapper.ort;

import java.nio.file.Path;
import java.util.List;
import org.evofit.core.data.DataFileException;
import org.evofit.core.data.DataSet;

/**
 * Loads one curve from an .ort file for fitting, as a model file's data entry asks for it
 * ({@code file: x.ort} with an optional {@code dataSet: name-or-index}).
 */
public final class OrtDataSets {

    private OrtDataSets() {
    }

    /**
     * The curve of one data set: Qz and its resolution in inverse ångström, errors and resolution
     * as 1 sigma, named after the data set.
     *
     * @param file    the .ort file; messages name it as given
     * @param dataSet the data set's {@code data_set} name or, when no name matches, its index from
     *                0; {@code null} when the file holds a single data set
     * @throws DataFileException when the file has a mistake, has no such data set, or holds
     *                           several and {@code dataSet} is {@code null}
     */
    public static DataSet load(Path file, String dataSet) {
        OrtFile ort = OrtReader.read(file);
        List<OrtDataSet> sets = ort.dataSets();
        if (dataSet == null) {
            if (sets.size() > 1) {
                throw DataFileException.ofFile(file.toString(), "expected a single data set, or"
                        + " one chosen by name or index, but the file holds " + sets.size() + ": "
                        + describe(ort));
            }
            return sets.get(0).data();
        }
        return ort.find(dataSet).map(OrtDataSet::data).orElseThrow(() ->
                DataFileException.ofFile(file.toString(), "expected a data set named or numbered '"
                        + dataSet + "' but the file holds " + describe(ort)));
    }

    /** {@code 'up' (0), 'down' (1)}: what a user can write to choose. */
    private static String describe(OrtFile ort) {
        List<String> names = ort.names();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < names.size(); i++) {
            text.append(i == 0 ? "" : ", ").append('\'').append(names.get(i)).append("' (")
                    .append(i).append(')');
        }
        return text.toString();
    }
}
