package org.evofit.wrapper.ort;

/** Small .ort texts written in the tests, read under the name {@code bad.ort}. */
final class OrtText {

    /** The ORSO line. */
    static final String ORSO = "# # ORSO reflectivity data file | 1.0 standard | YAML encoding"
            + " | https://www.reflectometry.org/\n";

    /** A header with only Qz and R (lines 1 to 5); rows start at line 6. */
    static final String HEAD_TWO = ORSO
            + "# data_source: {owner: {name: T}}\n"
            + "# columns:\n"
            + "# - {name: Qz, unit: 1/angstrom}\n"
            + "# - {name: R}\n";

    /** A header with the four leading columns (lines 1 to 7); rows start at line 8. */
    static final String HEAD = HEAD_TWO
            + "# - {error_of: R}\n"
            + "# - {error_of: Qz}\n";

    private OrtText() {
    }

    /** Reads a text. */
    static OrtFile parse(String text) {
        return OrtReader.parse(text, "bad.ort");
    }

    /** The single data set of a four-column file with the given sQz description and rows. */
    static OrtDataSet one(String resolution, String rows) {
        return one(resolution, "1/angstrom", rows);
    }

    /** The same with a unit for Qz. */
    static OrtDataSet one(String resolution, String unit, String rows) {
        String text = HEAD_TWO.replace("1/angstrom", unit) + "# - {error_of: R}\n"
                + "# - " + resolution + "\n" + rows + "\n";
        return parse(text).dataSets().get(0);
    }
}
