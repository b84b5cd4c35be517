package org.evofit.wrapper.genx;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * @param extra    GenX's extra data columns by name (such as {@code res}, which a script reads as
 *                 {@code data[0].res}), after their commands; empty when there are none
 */
public record GenxDataSet(String name, double[] x, double[] y, double[] error, boolean useError,
                          Map<String, double[]> extra) {

    /** Keeps the extra columns in GenX's order. */
    public GenxDataSet {
        extra = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(extra));
    }

    /** A data set without extra columns. */
    public GenxDataSet(String name, double[] x, double[] y, double[] error, boolean useError) {
        this(name, x, y, error, useError, Map.of());
    }

    /** The data file's text: x, y and error; {@code source} says where it came from. */
    String fileText(String source) {
        return fileText(source, null);
    }

    /**
     * The data file's text: x, y, error and, when {@code resolution} names an extra column, that column
     * fourth; {@code source} says where it came from.
     */
    String fileText(String source, String resolution) {
        List<String> names = new ArrayList<>(List.of("x", "y", "error"));
        List<double[]> columns = new ArrayList<>(List.of(x, y, error));
        if (resolution != null) {
            names.add(resolution);
            columns.add(extra.get(resolution));
        }
        return DataFileText.text(name + " from " + source + " (GenX data after its x/y/error commands)", names,
                columns);
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
