package org.evofit.wrapper.modelfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.evofit.core.data.DataSet;
import org.evofit.wrapper.doc.ModelFileException;
import org.evofit.wrapper.model.ModelDefinition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A model file's {@code columns:} expressions, {@code comment:} and {@code rows:} on a raw scan file. */
class ColumnExpressionsModelFileTest {

    /** An instrument scan: a header, a line the default comments miss, then 2theta, monitor, time, detector. */
    private static final String SCAN = """
            #S 3 ascan tth 0.2 0.5 3 1
            #L 2Theta Monitor Seconds Detector
            Direct beam 1.5e6
            0.20 100000 1 52000
            0.30 100000 1 9100
            0.40 200000 2 2400
            0.50 200000 2 400
            0.60 200000 2 90
            """;

    private static final String MODEL = """
            kind: curve
            components:
              - name: line
                kind: polynomial
                degree: 1
                c0: {value: 0.1, min: 0, max: 1}
                c1: {value: 0, min: -1, max: 1}
            data:
              - name: scan
                file: scan.dat
                columns: {x: "c0 / 2", y: "c3 / c1"}
                comment: "^Direct"
                rows: {from: 1, to: 3}
            """;

    @TempDir
    Path dir;

    private Path write(String model) throws IOException {
        Files.writeString(dir.resolve("scan.dat"), SCAN);
        Path file = dir.resolve("model.yaml");
        Files.writeString(file, model);
        return file;
    }

    @Test
    void detectorOverMonitorIsReadWithPropagatedErrorsFromTheChosenRows() throws IOException {
        ModelDefinition m = ModelFileReader.read(write(MODEL));
        DataSet d = m.problem().dataSets().get(0);
        assertThat(d.x()).containsExactly(0.15, 0.2, 0.25);
        assertThat(d.y()).containsExactly(0.091, 0.012, 0.002);
        assertThat(d.error()[0]).isCloseTo(0.091 * Math.sqrt(1 / 9100.0 + 1 / 100000.0), within(1e-17));
        assertThat(d.error()[1]).isCloseTo(0.012 * Math.sqrt(1 / 2400.0 + 1 / 200000.0), within(1e-17));
        assertThat(d.error()[2]).isCloseTo(0.002 * Math.sqrt(1 / 400.0 + 1 / 200000.0), within(1e-17));
        assertThat(m.dataSources().get(0).notes()).contains("error of y = c3 / c1 propagated from Poisson counts "
                + "c3 and monitor c1: sigma = |y| sqrt(1/c3 + 1/c1)");
    }

    @Test
    void writingTheModelBackKeepsExpressionsCommentAndRows() throws IOException {
        Path file = write(MODEL);
        ModelDefinition m = ModelFileReader.read(file);
        String text = ModelFileWriter.text(m, file, ModelNotes.NONE);
        assertThat(text).contains("columns: {x: \"c0 / 2\", y: \"c3 / c1\"}")
                .contains("comment: \"^Direct\"").contains("rows: {from: 1, to: 3}");
        Path again = dir.resolve("again.yaml");
        Files.writeString(again, text);
        assertThat(ModelFileReader.read(again).problem().dataSets()).isEqualTo(m.problem().dataSets());
    }

    @Test
    void anUnknownNameInAnExpressionIsReportedAtItsCharacter() throws IOException {
        Path file = write(MODEL.replace("y: \"c3 / c1\"", "y: \"c3 / mon\""));
        assertThatThrownBy(() -> ModelFileReader.read(file))
                .isInstanceOf(ModelFileException.class)
                .hasMessage(file + ":11:37: unknown name 'mon'; expected a column written c0, c1, ... "
                        + "(c0 is the first column)");
    }

    @Test
    void aYWhoseErrorCannotBePropagatedIsReportedAtY() throws IOException {
        Path file = write(MODEL.replace("y: \"c3 / c1\"", "y: \"c3 - c1\""));
        assertThatThrownBy(() -> ModelFileReader.read(file))
                .isInstanceOf(ModelFileException.class)
                .hasMessageStartingWith(file + ":11:31: cannot propagate an error to y = c3 - c1");
    }

    @Test
    void aBadCommentPatternAndABadRowRangeAreReportedWhereWritten() throws IOException {
        Path pattern = write(MODEL.replace("\"^Direct\"", "\"^(Direct\""));
        assertThatThrownBy(() -> ModelFileReader.read(pattern))
                .hasMessageStartingWith(pattern + ":12:23:")
                .hasMessageContaining("expected a regular expression");
        Path rows = write(MODEL.replace("rows: {from: 1, to: 3}", "rows: {from: 3, to: 2}"));
        assertThatThrownBy(() -> ModelFileReader.read(rows))
                .hasMessage(rows + ":13:11: expected rows from 0 or more to at least the first row but found from 3 to 2");
    }
}
