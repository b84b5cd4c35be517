package org.evofit.wrapper.ort;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.evofit.core.data.DataFileException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every mistake is reported where it is: {@code FILE:LINE:COLUMN: what was expected}. */
class OrtReaderErrorTest {

    @TempDir
    Path dir;

    private static void fails(String text, String message) {
        assertThatThrownBy(() -> OrtText.parse(text))
                .isInstanceOf(DataFileException.class)
                .hasMessage(message);
    }

    @Test
    void pointsAtTextInARow() {
        fails(OrtText.HEAD + "0.01 1.0 0.1 0.001\n0.02 abc 0.1 0.001\n",
                "bad.ort:9:6: expected a number for column 2 (R) but found 'abc'");
        fails(OrtText.HEAD + "0.01 1,5 0.1 0.001\n",
                "bad.ort:8:6: expected a number for column 2 (R) but found '1,5'");
    }

    @Test
    void pointsWhereAMissingFieldShouldBe() {
        fails(OrtText.HEAD + "0.01 1.0 0.1 0.001\n0.02 1.0 0.1   \n",
                "bad.ort:9:13: expected 4 columns (Qz, R, sR, sQz) but found 3; sQz is missing");
    }

    @Test
    void pointsAtAFieldTheHeaderDoesNotDescribe() {
        fails(OrtText.HEAD + "0.01 1.0 0.1 0.001 7\n",
                "bad.ort:8:20: expected 4 columns (Qz, R, sR, sQz) but found 5; the header"
                        + " describes no column 5");
    }

    @Test
    void refusesAQzThatIsNaN() {
        fails(OrtText.HEAD + "nan 1.0 0.1 0.001\n",
                "bad.ort:8:1: expected a number for column 1 (Qz) but found NaN; every point"
                        + " needs a Qz");
    }

    /** Issue 13 #7's class: an infinite Qz or a negative error is a mistake, not a point to drop or fold. */
    @Test
    void refusesAnInfiniteQzAndANegativeOrInfiniteWidth() {
        fails(OrtText.HEAD + "0.01 1.0 0.1 0.001\n-inf 1.0 0.1 0.001\n",
                "bad.ort:9:1: expected a finite number for column 1 (Qz) but found -Infinity");
        fails(OrtText.HEAD + "0.01 1.0 -0.1 0.001\n",
                "bad.ort:8:10: expected a finite width of 0 or more (or nan for unknown) for column 3 (sR)"
                        + " but found -0.1");
        fails(OrtText.HEAD + "0.01 1.0 0.1 inf\n",
                "bad.ort:8:14: expected a finite width of 0 or more (or nan for unknown) for column 4 (sQz)"
                        + " but found Infinity");
    }

    @Test
    void pointsAtAnUnknownQzUnit() {
        fails(OrtText.HEAD.replace("1/angstrom", "1/A") + "0.01 1 0.1 0.001\n",
                "bad.ort:4:22: expected the unit of Qz to be 1/angstrom or 1/nm but found '1/A'"
                        + " (the ORSO format writes angstrom in full, as in 1/angstrom)");
        fails(OrtText.HEAD.replace("1/angstrom", "deg") + "0.01 1 0.1 0.001\n",
                "bad.ort:4:22: expected the unit of Qz to be 1/angstrom or 1/nm but found 'deg'");
        fails(OrtText.HEAD.replace(", unit: 1/angstrom", "") + "0.01 1 0.1 0.001\n",
                "bad.ort:4:5: expected a unit for Qz ('unit: 1/angstrom' or 'unit: 1/nm');"
                        + " without one the scale of Qz is unknown");
    }

    @Test
    void pointsAtMalformedYaml() {
        fails(OrtText.HEAD.replace("{owner: {name: T}}", "{owner: {name: T}")
                        + "0.01 1 0.1 0.001\n",
                "bad.ort:3:3: expected ',' or '}' but found a value (in the {...} mapping that"
                        + " starts at line 2, column 16)");
        fails(OrtText.ORSO + "# data_source:\n#   owner: T\n#  sample: S\n",
                "bad.ort:4:4: bad indentation: expected this line to continue the mapping that"
                        + " starts at line 2, column 3 at the indentation of its entries, or to"
                        + " end it");
        fails(OrtText.HEAD + "# note: 'unclosed\n0.1 1 0.1 0.1\n",
                "bad.ort:8:9: expected a closing quote for the string that starts here but found"
                        + " the end of the header");
        fails(OrtText.HEAD + "# note:\ttab\n0.1 1 0.1 0.1\n",
                "bad.ort:8:8: expected spaces but found a tab; YAML does not allow tabs here");
        fails(OrtText.HEAD + "# columns: []\n0.1 1 0.1 0.1\n",
                "bad.ort:8:3: duplicate key 'columns'; expected each key once (first given at"
                        + " line 3, column 3)");
        fails(OrtText.ORSO + "# - Qz\n# - R\n0.1 1\n",
                "bad.ort:2:3: expected the header to be YAML 'key: value' lines but found a list");
    }

    @Test
    void pointsAtMalformedYamlInALaterHeader() {
        fails(OrtText.HEAD + "0.1 1 0.1 0.1\n\n# data_set: two\n# reduction:\n#   software: x\n"
                        + "#    version: 2\n0.2 1 0.1 0.1\n",
                "bad.ort:13:13: unexpected ':'; expected a key indented like the keys around it,"
                        + " or a value in quotes if it contains ': '");
    }

    @Test
    void requiresTheOrsoLineFirst() {
        fails("# data_source: {}\n0.1 1\n", "bad.ort:1:1: expected the ORSO first line '"
                + OrtFile.ORSO_LINE + "' but found '# data_source: {}'");
        fails("", "bad.ort: expected an ORSO .ort file but the file is empty");
    }

    @Test
    void requiresAColumnsList() {
        fails(OrtText.ORSO + "# data_source: {owner: {name: T}}\n0.1 1\n",
                "bad.ort:2:3: expected a 'columns:' list describing the data columns (Qz, R, sR,"
                        + " sQz, ...)");
        fails(OrtText.ORSO + "# # only a comment\n0.1 1\n",
                "bad.ort:2: expected the YAML header (data_source, reduction, columns, ...) in '# '"
                        + " lines after the ORSO line but found only comments");
        fails(OrtText.ORSO + "# columns:\n# - {name: Qz, unit: 1/nm}\n0.1 1\n",
                "bad.ort:3:3: expected at least the columns Qz and R but found 1 column");
    }

    @Test
    void requiresTheLeadingColumnsInTheFormatsOrder() {
        fails(OrtText.HEAD.replace("# - {error_of: R}", "# - {name: dR}") + "0.1 1 0.1 0.1\n",
                "bad.ort:6:5: expected the third column to be the error of R ('error_of: R') as"
                        + " the ORSO format requires but found the column 'dR'");
        fails(OrtText.HEAD.replace("# - {error_of: Qz}", "# - {error_of: R}") + "0.1 1 0.1 0.1\n",
                "bad.ort:7:5: expected the fourth column to be the error of Qz ('error_of: Qz') as"
                        + " the ORSO format requires but found the error of 'R'");
        fails(OrtText.HEAD.replace("# - {name: R}", "# - {unit: ''}") + "0.1 1 0.1 0.1\n",
                "bad.ort:5:5: expected a column with 'name' (a quantity) or 'error_of' (the error"
                        + " of another column)");
    }

    @Test
    void refusesWidthsEvofitCannotTurnIntoASigma() {
        fails(OrtText.HEAD.replace("# - {error_of: Qz}",
                        "# - {error_of: Qz, distribution: lorentzian}") + "0.1 1 0.1 0.1\n",
                "bad.ort:7:34: expected a distribution with a standard deviation for sQz (gaussian,"
                        + " uniform, rectangular or triangular) but found 'lorentzian', which"
                        + " evofit cannot represent by a Gaussian");
        fails(OrtText.HEAD.replace("# - {error_of: R}", "# - {error_of: R, value_is: HWHM}")
                        + "0.1 1 0.1 0.1\n",
                "bad.ort:6:29: expected value_is of sR to be sigma or FWHM but found 'HWHM'");
    }

    @Test
    void requiresEachLaterDataSetToStartWithItsName() {
        fails(OrtText.HEAD + "0.1 1 0.1 0.1\n# data_source: {owner: {name: U}}\n0.2 1 0.1 0.1\n",
                "bad.ort:9:1: expected a new data set to start with '# data_set: <name>' but found"
                        + " header lines without it");
        fails(OrtText.HEAD.replace("# columns", "# data_set: up\n# columns")
                        + "0.1 1 0.1 0.1\n# data_set: up\n0.2 1 0.1 0.1\n",
                "bad.ort:10:13: expected a data set name used once but 'up' already names the"
                        + " data set at line 3");
        fails(OrtText.HEAD + "0.1 1 0.1 0.1\n# data_set: [a, b]\n0.2 1 0.1 0.1\n",
                "bad.ort:9:13: expected a name or number for data_set but found a list");
        fails(OrtText.HEAD + "0.1 1 0.1 0.1\n# data_set: down\n",
                "bad.ort:9: expected rows of numbers after the header of data set 'down' but"
                        + " found none");
    }

    @Test
    void pointsAtColumnsALaterDataSetGetsWrong() {
        fails(OrtText.HEAD + "0.1 1 0.1 0.1\n# data_set: nm\n# columns:\n# - {name: Qz, unit: nm}\n"
                        + "# - {name: R}\n0.2 1\n",
                "bad.ort:11:22: expected the unit of Qz to be 1/angstrom or 1/nm but found 'nm'");
    }

    @Test
    void reportsFileProblemsForTheWholeFile() throws IOException {
        Path missing = dir.resolve("missing.ort");
        assertThatThrownBy(() -> OrtReader.read(missing)).isInstanceOf(DataFileException.class)
                .hasMessage(missing + ": file not found");
        assertThatThrownBy(() -> OrtReader.read(dir)).isInstanceOf(DataFileException.class)
                .hasMessage(dir + ": expected an .ort file but found a directory");
        Path latin1 = dir.resolve("latin1.ort");
        Files.write(latin1, (OrtText.HEAD + "# comment: 1 \u00c5\n").getBytes(
                java.nio.charset.StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> OrtReader.read(latin1)).isInstanceOf(DataFileException.class)
                .hasMessage(latin1 + ":8: expected UTF-8 text, the encoding of .ort files, but"
                        + " found bytes that are not UTF-8; save the file as UTF-8");
    }
}
