package org.evofit.wrapper.genx;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.evofit.wrapper.modelfile.DataFileText;

/**
 * One data set of a GenX project, after GenX's own x/y/error commands were applied.
 *
 * @param name     the name shown in GenX
 * @param x        the abscissa
 * @param y        the measured values
 * @param error    the errors of y (GenX stores them even when it does not use them)
 * @param useError whether GenX uses the errors
 */
public record GenxDataSet(String name, double[] x, double[] y, double[] error, boolean useError) {

    /** The data file's text: x, y and error; {@code source} says where it came from. */
    String fileText(String source) {
        return DataFileText.text(name + " from " + source + " (GenX data after its x/y/error commands)",
                List.of("x", "y", "error"), List.of(x, y, error));
    }

    /**
     * File names for the data sets: the name with characters unsafe in file names replaced, made
     * unique, ending in .dat; a name that is empty, hidden or model.yaml's gets "data_" in front.
     */
    static List<String> fileNames(List<GenxDataSet> data) {
        Set<String> used = new HashSet<>();
        return data.stream().map(d -> {
            String base = d.name().strip();
            if (base.isEmpty() || base.startsWith(".") || base.equalsIgnoreCase("model")) {
                base = "data_" + base;
            }
            return DataFileText.fileName(base, true, used);
        }).toList();
    }
}
