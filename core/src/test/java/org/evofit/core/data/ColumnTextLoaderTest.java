package org.evofit.core.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

class ColumnTextLoaderTest {

    private static final ColumnSpec XYE = ColumnSpec.of(0, 1, 2);

    @TempDir
    Path dir;

    @Test
    void readsBlankSeparatedColumns() {
        DataSet d = parse("1 10 0.5\n2   20\t0.6\n", XYE);
        assertThat(d.x()).containsExactly(1, 2);
        assertThat(d.y()).containsExactly(10, 20);
        assertThat(d.error()).containsExactly(0.5, 0.6);
        assertThat(d.xResolution()).isNull();
        assertThat(d.name()).isEqualTo("d");
        assertThat(d.xmin()).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(d.xmax()).isEqualTo(Double.POSITIVE_INFINITY);
    }

    @Test
    void readsTabCommaAndSemicolonSeparatedColumnsEvenMixedPerLine() {
        DataSet d = parse("1\t10\t0.5\n2,20,0.6\n3; 30; 0.7\n4 , 40 ,0.8,\n", XYE);
        assertThat(d.x()).containsExactly(1, 2, 3, 4);
        assertThat(d.y()).containsExactly(10, 20, 30, 40);
        assertThat(d.error()).containsExactly(0.5, 0.6, 0.7, 0.8);
    }

    @Test
    void readsOnlyTheChosenColumnsSoOthersMayHoldText() {
        DataSet d = parse("label 0.1 5 7 0.01\nlabel 0.2 6 8 0.02\n", ColumnSpec.of(1, 3, 2, 4));
        assertThat(d.x()).containsExactly(0.1, 0.2);
        assertThat(d.y()).containsExactly(7, 8);
        assertThat(d.error()).containsExactly(5, 6);
        assertThat(d.xResolution()).containsExactly(0.01, 0.02);
    }

    @Test
    void withoutAnErrorColumnTheDataSetHasNoErrors() {
        DataSet d = parse("1 2 3\n", ColumnSpec.of(0, 2));
        assertThat(d.hasErrors()).isFalse();
        assertThat(d.y()).containsExactly(3);
    }

    @Test
    void skipsBlankLinesAndCommentsAndDropsTrailingComments() {
        DataSet d = parse("# header\n\n   \n1 10 1 # first\n  # indented comment\n2 20 2#tight\n",
                XYE);
        assertThat(d.x()).containsExactly(1, 2);
        assertThat(d.error()).containsExactly(1, 2);
    }

    @Test
    void acceptsSignsAndExponents() {
        DataSet d = parse("-2.5e-3 +1E2 1\n.5 -2 2E-1\n3. 1 .5\n", XYE);
        assertThat(d.x()).containsExactly(-2.5e-3, 0.5, 3);
        assertThat(d.y()).containsExactly(100, -2, 1);
        assertThat(d.error()).containsExactly(1, 0.2, 0.5);
    }

    /** A point a figure of merit could only drop or weigh infinitely is refused where it is written. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "1 2 1;2 nan 1|2:3|column 2 (y) but found 'nan'",
        "1 2 1;2 -Inf 1|2:3|column 2 (y) but found '-Inf'",
        "1 2 1;2 1e999 1|2:3|column 2 (y) but found '1e999'",
        "1 2 1;2 3 0|2:5|a finite 1-sigma error greater than 0 in column 3 (error) but found '0'",
        "1 2 1;2 3 -1|2:5|a finite 1-sigma error greater than 0 in column 3 (error) but found '-1'",
        "1 2 NaN|1:5|column 3 (error) but found 'NaN'",
        "1 2 infinity|1:5|column 3 (error) but found 'infinity'",
        "Inf 2 1|1:1|column 1 (x) but found 'Inf'",
    })
    void pointsNoFigureOfMeritCanUseAreRefusedAtTheirLineAndColumn(String lines, String at, String expected) {
        assertThat(failure(lines.replace(';', '\n') + "\n", XYE))
                .hasMessageStartingWith("data.dat:" + at + ": expected ").hasMessageEndingWith(expected);
    }

    @Test
    void aNegativeResolutionIsRefused() {
        assertThat(failure("1 2 1 -0.1\n", ColumnSpec.of(0, 1, 2, 3))).hasMessage(
                "data.dat:1:7: expected a finite resolution of 0 or more in column 4 (resolution) but found '-0.1'");
    }

    @Test
    void acceptsWindowsAndOldMacLineEndingsAndAByteOrderMark() {
        DataSet d = parse("\uFEFF1 10 1\r\n2 20 2\r3 30 3", XYE);
        assertThat(d.x()).containsExactly(1, 2, 3);
    }

    @Test
    void loadsTheGenxPeakfitExampleWithItsHeaderComment() throws IOException {
        Path file = dir.resolve("peakfit_gauss.dat");
        try (InputStream in = getClass().getResourceAsStream("/data/peakfit_gauss.dat")) {
            Files.copy(in, file);
        }
        DataSet d = ColumnTextLoader.load(file, "peak", XYE);
        assertThat(d.name()).isEqualTo("peak");
        assertThat(d.size()).isEqualTo(121);
        assertThat(d.x()[0]).isEqualTo(43.88);
        assertThat(d.y()[0]).isEqualTo(91);
        assertThat(d.error()[0]).isEqualTo(9.539392014);
        assertThat(d.x()[120]).isEqualTo(55.88);
        assertThat(d.y()[120]).isEqualTo(82);
        for (int i = 0; i < d.size(); i++) {
            assertThat(d.error()[i]).isCloseTo(Math.sqrt(d.y()[i]), within(1e-8));
        }
    }

    @Test
    void loadReadsAFileAndTreatsUndecodableBytesInCommentsAsHarmless() throws IOException {
        Path file = dir.resolve("latin1.dat");
        byte[] header = "# d in \u00c5\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] body = "1 2\n".getBytes(StandardCharsets.US_ASCII);
        byte[] all = new byte[header.length + body.length];
        System.arraycopy(header, 0, all, 0, header.length);
        System.arraycopy(body, 0, all, header.length, body.length);
        Files.write(file, all);
        DataSet d = ColumnTextLoader.load(file, "d", ColumnSpec.of(0, 1));
        assertThat(d.y()).containsExactly(2);
    }

    @Test
    void aWordWhereANumberBelongsIsReportedWithLineColumnAndRole() {
        String text = "1 2 3\n".repeat(16) + "1.0     abc 3\n";
        DataFileException e = failure(text, XYE);
        assertThat(e).hasMessage("data.dat:17:9: expected a number in column 2 (y) but found 'abc'");
        assertThat(e.file()).isEqualTo("data.dat");
        assertThat(e.line()).isEqualTo(17);
        assertThat(e.column()).isEqualTo(9);
        assertThat(e.detail()).isEqualTo("expected a number in column 2 (y) but found 'abc'");
    }

    @Test
    void aHeaderLineWithoutHashIsReportedAtItsFirstField() {
        assertThat(failure("x y err\n1 2 3\n", XYE))
                .hasMessage("data.dat:1:1: expected a number in column 1 (x) but found 'x'");
    }

    @Test
    void badErrorAndResolutionFieldsNameTheirRole() {
        assertThat(failure("1 2 e\n", XYE))
                .hasMessage("data.dat:1:5: expected a number in column 3 (error) but found 'e'");
        assertThat(failure("1 2 3 r\n", ColumnSpec.of(0, 1, 2, 3)))
                .hasMessage("data.dat:1:7: expected a number in column 4 (resolution) but found 'r'");
    }

    @Test
    void typosThatJavaWouldAcceptAreStillRejected() {
        assertThat(failure("1 2d 3\n", XYE)).hasMessageEndingWith("but found '2d'");
        assertThat(failure("1 0x10 3\n", XYE)).hasMessageEndingWith("but found '0x10'");
        assertThat(failure("1 1e 3\n", XYE)).hasMessageEndingWith("but found '1e'");
    }

    @Test
    void tooFewColumnsNamesTheExpectedColumnsAndTheCountFound() {
        DataFileException e = failure("1 2 3\n1 2 3\n1 2 3\n1 2 3\n1 2 # error missing\n", XYE);
        assertThat(e).hasMessage(
                "data.dat:5: expected at least 3 columns (x=0, y=1, error=2) but found 2");
        assertThat(e.line()).isEqualTo(5);
        assertThat(e.column()).isZero();
    }

    @Test
    void anEmptyFieldBetweenSeparatorsIsReportedAtItsPlace() {
        assertThat(failure("1,,3\n", XYE))
                .hasMessage("data.dat:1:3: expected a number in column 2 (y) but found an empty field");
    }

    @Test
    void aDecimalCommaGetsAHint() {
        assertThat(failure("1;2,5;3\n", XYE)).hasMessage("data.dat:1:3: expected a number in "
                + "column 2 (y) but found '2,5' (write the decimal point as '.')");
    }

    @Test
    void aNanXIsRejected() {
        assertThat(failure("1 2 3\nNaN 2 3\n", XYE)).hasMessage(
                "data.dat:2:1: expected a finite number in column 1 (x) but found 'NaN'");
    }

    @Test
    void textWithoutDataRowsIsReportedForTheWholeFile() {
        DataFileException e = failure("# only a header\n\n", XYE);
        assertThat(e).hasMessage("data.dat: no data rows");
        assertThat(e.line()).isZero();
        assertThat(failure("", XYE)).hasMessage("data.dat: no data rows");
    }

    @Test
    void aMissingFileIsReportedByTheNameGiven() {
        Path missing = dir.resolve("data.dat");
        DataFileException e = catchThrowableOfType(DataFileException.class,
                () -> ColumnTextLoader.load(missing, "d", XYE));
        assertThat(e).hasMessage(missing + ": file not found");
        assertThat(e.file()).isEqualTo(missing.toString());
        assertThat(e.line()).isZero();
        assertThat(e.column()).isZero();
    }

    @Test
    void aDirectoryIsNotADataFile() {
        assertThatThrownBy(() -> ColumnTextLoader.load(dir, "d", XYE))
                .isInstanceOf(DataFileException.class)
                .hasMessage(dir + ": expected a data file but found a directory");
    }

    @Test
    void errorsInALoadedFileCarryItsPath() throws IOException {
        Path file = dir.resolve("bad.dat");
        Files.writeString(file, "1 2 3\n1 x 3\n");
        assertThatThrownBy(() -> ColumnTextLoader.load(file, "d", XYE))
                .hasMessage(file + ":2:3: expected a number in column 2 (y) but found 'x'");
    }

    private static DataSet parse(String text, ColumnSpec columns) {
        return ColumnTextLoader.parse(text, "data.dat", "d", columns);
    }

    private static DataFileException failure(String text, ColumnSpec columns) {
        return catchThrowableOfType(DataFileException.class, () -> parse(text, columns));
    }
}
