package org.evofit.wrapper.ort;

import java.util.List;
import java.util.Optional;

/**
 * The content of an ORSO reflectivity text file (.ort): its opening lines and its data sets.
 *
 * @param preamble the lines that open the file before its YAML, as written with their
 *                 {@code # # } prefix: the ORSO line
 *                 ({@code # # ORSO reflectivity data file | 1.0 standard | ...}) and the optional
 *                 one-line summary after it
 * @param dataSets the data sets in file order; at least one
 */
public record OrtFile(List<String> preamble, List<OrtDataSet> dataSets) {

    /** The ORSO line this package writes when a file has none of its own. */
    public static final String ORSO_LINE =
            "# # ORSO reflectivity data file | 1.0 standard | YAML encoding"
                    + " | https://www.reflectometry.org/";

    /** Checks that the first line is the ORSO line and that there is a data set. */
    public OrtFile {
        preamble = List.copyOf(preamble);
        dataSets = List.copyOf(dataSets);
        if (preamble.isEmpty() || !preamble.get(0).startsWith(OrtReader.ORSO_PREFIX)) {
            throw new IllegalArgumentException("the preamble must start with the ORSO line");
        }
        if (dataSets.isEmpty()) {
            throw new IllegalArgumentException("an ORSO file needs at least one data set");
        }
    }

    /** A file with the standard ORSO line and no summary line. */
    public OrtFile(List<OrtDataSet> dataSets) {
        this(List.of(ORSO_LINE), dataSets);
    }

    /**
     * The data set of a given name or, when no name matches, of a given index counted from 0: a
     * name wins, so a data set called {@code 1} is found by that name even if it is not the second.
     */
    public Optional<OrtDataSet> find(String nameOrIndex) {
        for (OrtDataSet set : dataSets) {
            if (set.name().equals(nameOrIndex)) {
                return Optional.of(set);
            }
        }
        if (nameOrIndex.matches("\\d{1,9}")) {
            int index = Integer.parseInt(nameOrIndex);
            if (index < dataSets.size()) {
                return Optional.of(dataSets.get(index));
            }
        }
        return Optional.empty();
    }

    /** The names of the data sets in file order. */
    public List<String> names() {
        return dataSets.stream().map(OrtDataSet::name).toList();
    }
}
