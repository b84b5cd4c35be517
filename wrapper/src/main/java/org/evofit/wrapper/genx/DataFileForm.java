package org.evofit.wrapper.genx;

import java.util.List;
import java.util.Set;
import org.evofit.wrapper.data.DataFormat;
import org.evofit.wrapper.formats.DataFormats;

/**
 * How the importer writes a data set's file: in the format the data came in where evofit can write it
 * ({@code .ort} with the ORSO header GenX kept, or column text under the file's own ending), else as
 * column text ({@code .dat}), with a note in model.yaml saying which and why.
 *
 * @param ort       whether the file is an ORSO {@code .ort} file (else column text)
 * @param extension the file's ending, with the dot
 * @param note      one line for model.yaml's header about the file's origin, or null
 */
record DataFileForm(boolean ort, String extension, String note) {

    /** GenX's loaders of column text: its default one and the one with a resolution column. */
    private static final Set<String> COLUMN_LOADERS = Set.of("default", "resolution");

    private static final String DAT = ".dat";

    /** The form of data set {@code d}'s file. */
    static DataFileForm of(GenxDataSet d) {
        LoadedFrom from = d.loadedFrom();
        String name = "data set '" + d.name() + "'";
        if (from == null || from.fileName() == null) {
            return new DataFileForm(false, DAT, name + ": GenX kept no record of the file it came from;"
                    + " written as column text");
        }
        String file = from.baseName();
        if (from.isOrso()) {
            if (d.raw() != null) {
                return new DataFileForm(false, DAT, name + " came from the ORSO file " + file + ", which GenX's"
                        + " x/y/error commands changed; its raw columns are written as column text for them");
            }
            String left = from.unread().isEmpty() ? "" : "; left out of the header, as evofit cannot read them: "
                    + String.join(", ", from.unread());
            return new DataFileForm(true, ".ort", name + " came from the ORSO file " + file + "; written as .ort"
                    + " with the header GenX kept and the columns as GenX holds them" + left);
        }
        String ending = from.extension();
        List<DataFormat> claiming = DataFormats.ALL.stream()
                .filter(f -> !f.name().equals(DataFormats.COLUMNS) && f.extensions().contains(ending)).toList();
        boolean columnLoader = from.loader() != null && COLUMN_LOADERS.contains(from.loader());
        if (columnLoader && claiming.isEmpty() && ending.matches("\\.[a-z0-9]{1,8}")) {
            return new DataFileForm(false, ending, name + " came from the column text file " + file
                    + "; written as column text with its ending");
        }
        String loader = from.loader() == null ? "" : " (GenX's " + from.loader() + " loader)";
        String why = claiming.isEmpty() ? "which evofit does not write" : "evofit reads " + claiming.get(0).name()
                + " files but does not write them";
        return new DataFileForm(false, DAT, name + " came from " + file + loader + ", " + why
                + "; GenX's x, y and error are written as column text");
    }
}
