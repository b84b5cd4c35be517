package org.evofit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18: a figure of merit that divides by the data's errors refuses data with a zero, negative or
 * missing error on a measured point as bad input, at the file and line of the first such point (exit 2,
 * nothing written), where before it left the point out, or weighed it infinitely and reported
 * {@code chi2bars = 0} next to an infinite chi-square. A fit whose figure of merit ends NaN or infinite
 * exits 1 with a message, never 0.
 */
class UnusableErrorsTest {

    private static final String MODEL = """
            kind: curve
            components:
              - {name: decay, kind: exponential, amplitude: {value: 1, min: 0.01, max: 10},
                 rate: {value: -50, min: -200, max: 0}}
            data: [{file: example.ort}]
            fom: FOM
            optimizer: {population: 12, generations: 10}
            """;

    @TempDir
    Path dir;

    private List<String> lines;

    @BeforeEach
    void copyExample() throws IOException {
        lines = new ArrayList<>(Files.readAllLines(Path.of(Cli.repo("wrapper/src/test/resources/ort/example.ort"))));
    }

    /** Sets the error column of the {@code nth} row with a measured R; returns that row's line (from 1). */
    private int setError(int nth, String error) {
        int seen = 0;
        for (int i = 0; i < lines.size(); i++) {
            String[] f = lines.get(i).strip().split("\\s+");
            if (!lines.get(i).startsWith("#") && f.length >= 3 && !f[1].equals("nan") && seen++ == nth) {
                f[2] = error;
                lines.set(i, String.join(" ", f));
                return i + 1;
            }
        }
        throw new AssertionError("no row " + nth);
    }

    private Cli.Run fit(String fom) throws IOException {
        Files.write(dir.resolve("example.ort"), lines);
        Path model = Files.writeString(dir.resolve("model.yaml"), MODEL.replace("FOM", fom));
        return Cli.run("fit", model.toString(), "--out", dir.resolve("out").toString(), "--quiet");
    }

    @Test
    void aZeroErrorUnderChi2barsIsBadInputAtItsLine() throws IOException {
        int line = setError(3, "0");
        setError(7, "0");

        Cli.Run run = fit("chi2bars");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        assertThat(run.err()).contains("example.ort:" + line + ":")
                .contains("figure of merit chi2bars divides by the errors").contains("has error 0.0");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void aNegativeErrorIsRefusedAtItsLineWhateverTheFigureOfMerit() throws IOException {
        int line = setError(7, "-1e-3");

        Cli.Run run = fit("log");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        assertThat(run.err()).contains("example.ort:" + line + ":").contains("but found -0.001");
    }

    @Test
    void aMissingErrorOnAMeasuredPointIsRefusedByEveryErrorWeightedFigureOfMerit() throws IOException {
        int line = setError(0, "nan");

        for (String fom : List.of("chi2", "chibars", "logbars", "R1bars", "R2bars")) {
            Cli.Run run = fit(fom);
            assertThat(run.exitCode()).as(fom + ": " + run.err()).isEqualTo(2);
            assertThat(run.err()).as(fom).contains("example.ort:" + line + ":").contains("has error NaN");
        }
    }

    @Test
    void aFigureOfMeritThatDoesNotUseErrorsStillFitsSuchData() throws IOException {
        setError(3, "0");

        Cli.Run run = fit("log");

        assertThat(run.exitCode()).as(run.err()).isZero();
    }

    @Test
    void columnTextWithAZeroErrorIsRefusedAtItsLineAndColumn() throws IOException {
        Files.writeString(dir.resolve("data.dat"), "# x y e\n0.1 5 0.5\n0.2 4 0\n0.3 3 0.4\n");
        Path model = Files.writeString(dir.resolve("model.yaml"), MODEL.replace("FOM", "chi2bars")
                .replace("data: [{file: example.ort}]", "data: [{file: data.dat, columns: {x: 0, y: 1, error: 2}}]"));

        Cli.Run run = Cli.run("fit", model.toString(), "--out", dir.resolve("out").toString(), "--quiet");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        assertThat(run.err()).contains("data.dat:3:");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    /** A model negative everywhere under log with nonFinite: fail: every candidate's figure of merit is NaN. */
    @Test
    void aFitWhoseFigureOfMeritEndsNotFiniteExitsOneWithoutResults() throws IOException {
        Files.writeString(dir.resolve("data.dat"), "0.1 5 0.5\n0.2 4 0.4\n0.3 3 0.3\n0.4 2 0.2\n");
        Path model = Files.writeString(dir.resolve("model.yaml"), """
                kind: curve
                components:
                  - {name: c, kind: constant, value: {value: -1, min: -2, max: -0.5}}
                data: [{file: data.dat, columns: {x: 0, y: 1, error: 2}}]
                fom: {name: log, nonFinite: fail}
                optimizer: {population: 12, generations: 5}
                """);

        Cli.Run run = Cli.run("fit", model.toString(), "--out", dir.resolve("out").toString(), "--quiet");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        assertThat(run.err()).contains("the fit ended with log = NaN");
        assertThat(dir.resolve("out")).doesNotExist();
    }
}
