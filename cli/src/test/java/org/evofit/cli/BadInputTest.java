package org.evofit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every kind of bad input: a message naming file and line, exit code 2, nothing written. */
class BadInputTest {

    private static final String GOOD = """
            kind: curve
            components:
              - name: g
                kind: gaussian
                height: {value: 10, min: 1, max: 20}
                center: {value: 2, min: 0, max: 4}
                sigma: {value: 1, min: 0.1, max: 3}
            variables:
              w: 1
            couplings: []
            data:
              - file: data.dat
                columns: {x: 0, y: 1, error: 2}
            fom: chi2bars
            optimizer: {population: 10, generations: 5}
            """;

    private static final String DATA = "0 1 1\n1 5 1\n2 10 1\n3 5 1\n4 1 1\n5 0.2 1\n";

    @TempDir
    Path dir;

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("malformed YAML", GOOD.replace("kind: gaussian", "kind: [gaussian"), DATA, "model.yaml:"),
                Arguments.of("unknown parameter in a coupling",
                        GOOD.replace("couplings: []", "couplings: [\"w = g.widht\"]"), DATA, "model.yaml:10:"),
                Arguments.of("cyclic couplings",
                        GOOD.replace("w: 1", "w: 1\n  v: 1").replace("couplings: []", "couplings: [\"w = v\", \"v = w\"]"),
                        DATA, "cyclic couplings"),
                Arguments.of("min > max", GOOD.replace("min: 0.1, max: 3", "min: 3, max: 0.1"), DATA, "model.yaml:7:"),
                Arguments.of("value outside bounds", GOOD.replace("value: 2, min: 0", "value: 9, min: 0"), DATA,
                        "model.yaml:6:"),
                Arguments.of("text in a number column", GOOD, DATA.replace("2 10 1", "2 ten 1"), "data.dat:3:"),
                Arguments.of("fewer columns than asked", GOOD, DATA.replace("2 10 1", "2 10"), "data.dat:3"),
                Arguments.of("a missing data file", GOOD.replace("file: data.dat", "file: gone.dat"), DATA, "gone.dat"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void badInputIsReportedWithFileAndLineAndExitCode2AndNothingWritten(String what, String model, String data,
                                                                        String expected) throws IOException {
        Path file = dir.resolve("model.yaml");
        Files.writeString(file, model);
        Files.writeString(dir.resolve("data.dat"), data);
        Path out = dir.resolve("out");

        Cli.Run run = Cli.run("fit", file.toString(), "--out", out.toString(), "--quiet");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        assertThat(run.err()).startsWith("evofit: ").contains(expected);
        assertThat(out).doesNotExist();
    }

    /** The file every bad case is made from is itself good, so each case fails for its own reason. */
    @org.junit.jupiter.api.Test
    void theGoodFileItselfFits() throws IOException {
        Path file = dir.resolve("model.yaml");
        Files.writeString(file, GOOD);
        Files.writeString(dir.resolve("data.dat"), DATA);

        Cli.Run run = Cli.run("fit", file.toString(), "--out", dir.resolve("out").toString(), "--quiet");

        assertThat(run.exitCode()).as(run.err()).isZero();
    }

    @org.junit.jupiter.api.Test
    void aMissingModelFileIsBadInput() {
        Cli.Run run = Cli.run("fit", dir.resolve("none.yaml").toString(), "--out", dir.resolve("o").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("none.yaml").contains("not found");
    }

    @org.junit.jupiter.api.Test
    void usageErrorsAreBadInput() {
        assertThat(Cli.run("fit").exitCode()).isEqualTo(2);
        assertThat(Cli.run("frobnicate").exitCode()).isEqualTo(2);
        assertThat(Cli.run("fit", "m.yaml", "--out", "o", "--strategy", "best").exitCode()).isEqualTo(2);
    }
}
