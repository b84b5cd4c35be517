package org.evofit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 13, defects 9 and 10: values that cannot mean anything (a negative thickness, roughness or
 * repetition count, zero generations, NaN seconds, a variable hiding the abscissa) and values beyond
 * what a machine can run (threads, population, unrolled layers) are bad input: exit 2, located, nothing
 * written.
 */
class InvalidValuesTest {

    private static final String MODEL = SmallReflectivityFit.MODEL;

    @TempDir
    Path dir;

    private Cli.Run fit(String model, String... options) throws IOException {
        return SmallReflectivityFit.fit(dir, model, options);
    }

    private void assertBadInput(Cli.Run run, String... expected) {
        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        assertThat(run.err()).startsWith("evofit: ");
        for (String e : expected) {
            assertThat(run.err()).contains(e);
        }
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void theGoodModelFits() throws IOException {
        assertThat(fit(MODEL).exitCode()).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "d: {value: 100, min: 50, max: 150}|d: -150|model.yaml:5:|Film.d (thickness, layer Film) cannot be negative, but its value is -150.0",
        "d: {value: 100, min: 50, max: 150}|d: {value: 100, min: -5, max: 150}|model.yaml:5:|Film.d (thickness, layer Film) cannot be negative, but its min is -5.0; expected min >= 0",
        "sigma: 3}|sigma: -4}|model.yaml:5:|Film.sigma (roughness of the layer's top interface, layer Film) cannot be negative, but its value is -4.0",
        "repetitions: 2|repetitions: -3|model.yaml:7:|s.repetitions (number of repetitions, stack s) cannot be negative, but its value is -3.0",
        "repetitions: 2|repetitions: 100000000|model.yaml:7:|the stacks unroll into 100000000 layers (s: 100000000 x 1), more than the 10000",
        "optimizer: {population: 8, generations: 3}|optimizer: {population: 8, generations: 0}|model.yaml:10:|expected at least 1 generation but found 0",
        "optimizer: {population: 8, generations: 3}|optimizer: {population: 2000000000, generations: 3}|model.yaml:10:|population",
    })
    void aValueThatCannotMeanAnythingIsBadInputAtItsLine(String written, String bad, String at, String message)
            throws IOException {
        assertBadInput(fit(MODEL.replace(written, bad)), at, message);
    }

    /** A coupling's value exists only once computed: a fit whose every candidate has it below 0 is exit 1. */
    @Test
    void aCouplingThatOnlyMakesANegativeRoughnessEndsTheFitNamingTheLayerAndTheCoupling() throws IOException {
        Cli.Run run = fit(MODEL + "variables:\n  t: {value: 2, min: 1, max: 3}\ncouplings: [\"Film.sigma = t - 5\"]\n");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        assertThat(run.err()).startsWith("evofit: the fit found no candidate whose couplings keep every quantity"
                + " within its minimum: Film.sigma (roughness of the layer's top interface, layer Film) cannot be"
                + " negative, but the coupling Film.sigma = t - 5 makes it -");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void aNegativeDOverriddenInParametersIsBadInputToo() throws IOException {
        assertBadInput(fit(MODEL + "parameters: {Film.sigma: -1}\n"), "model.yaml:11:",
                "Film.sigma (roughness of the layer's top interface, layer Film) cannot be negative");
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "--generations, 0, --generations",
        "--population, 2000000000, --population",
        "--log-capacity, 2000000000, --log-capacity",
        "--threads, 0, --threads must be between 1 and 1024, got 0",
        "--threads, -1, --threads must be between 1 and 1024, got -1",
        "--threads, 100000, --threads must be between 1 and 1024, got 100000",
    })
    void anOptionValueThatCannotRunIsBadInput(String option, String value, String message) throws IOException {
        assertBadInput(fit(MODEL, option, value), message);
    }

    /** The model path that is a symlink to /dev/zero ended in an OutOfMemoryError. */
    @Test
    void inputFilesThatNeverEndAreRefusedNotReadIntoMemory() throws IOException {
        Path zero = Path.of("/dev/zero");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(zero), "a system with /dev/zero");
        Files.createSymbolicLink(dir.resolve("endless.yaml"), zero);
        Cli.Run model = Cli.run("fit", dir.resolve("endless.yaml").toString(), "--out", dir.resolve("out").toString());
        assertBadInput(model, "endless.yaml", "expected a regular file but found a device, pipe or other special file");

        Files.createSymbolicLink(dir.resolve("endless.dat"), zero);
        assertBadInput(fit(MODEL.replace("file: data.dat", "file: endless.dat")), "endless.dat",
                "expected a regular file but found a device");
    }

    /** The 100 x 100 x 100 vary: grid started a million runs without a word. */
    @Test
    void aSweepOfAMillionRunsIsRefusedUnlessAskedForAndTheCountIsPrintedFirst() throws IOException {
        Files.writeString(dir.resolve("data.dat"), "0.01 1\n0.02 0.5\n0.03 0.01\n0.04 0.001\n0.05 0.0005\n");
        Files.writeString(dir.resolve("model.yaml"), MODEL);
        String values = "[" + String.join(", ", java.util.stream.IntStream.range(0, 100)
                .mapToObj(i -> Double.toString(3 + i * 0.01)).toList()) + "]";
        Files.writeString(dir.resolve("sweep.yaml"), "models: [model.yaml]\nvary: {Film.sigma: " + values
                + ", Film.d: " + values.replace("[3", "[100").replace(", 3", ", 100") + ", Sub.sigma: " + values + "}\n");

        Cli.Run refused = Cli.run("loop", dir.resolve("sweep.yaml").toString(), "--out", dir.resolve("out").toString());

        assertBadInput(refused, "sweep.yaml: the sweep plans 1,000,000 runs (1 models x 1 data files x 100 x 100 x 100"
                + " start values x 1 seeds), more than the 10,000 allowed; give --max-runs 1000000 to run them all");

        Files.writeString(dir.resolve("small.yaml"), "models: [model.yaml]\nseeds: [1, 2, 3]\n");
        Cli.Run allowed = Cli.run("loop", dir.resolve("small.yaml").toString(), "--out", dir.resolve("small").toString(),
                "--max-runs", "3", "--jobs", "1", "--threads", "1");
        assertThat(allowed.exitCode()).as(allowed.err()).isZero();
        assertThat(allowed.err()).startsWith("loop: 3 runs, 0 done already");
        Cli.Run capped = Cli.run("loop", dir.resolve("small.yaml").toString(), "--out", dir.resolve("capped").toString(),
                "--max-runs", "2");
        assertThat(capped.exitCode()).isEqualTo(2);
        assertThat(capped.err()).contains("the sweep plans 3 runs").contains("more than the 2 allowed");
        assertThat(dir.resolve("capped")).doesNotExist();
    }

    @Test
    void loopCheckpointSecondsNaNIsBadInput() throws IOException {
        Files.writeString(dir.resolve("sweep.yaml"), "models: [model.yaml]\n");
        Cli.Run run = Cli.run("loop", dir.resolve("sweep.yaml").toString(), "--out", dir.resolve("out").toString(),
                "--checkpoint-seconds", "NaN");

        assertBadInput(run, "--checkpoint-seconds must be a finite number of seconds of 0 or more, got NaN");
    }

    @Test
    void aCurveVariableNamedXIsBadInputAtItsLine() throws IOException {
        Files.writeString(dir.resolve("data.dat"), "0 1\n1 2\n2 3\n3 4\n");
        Files.writeString(dir.resolve("curve.yaml"), """
                kind: curve
                components:
                  - {name: e, kind: expression, expression: "a*x", parameters: [a], a: {value: 1, min: 0, max: 2}}
                variables:
                  x: 3
                data: [{file: data.dat, columns: {x: 0, y: 1}}]
                fom: diff
                """);
        Cli.Run run = Cli.run("fit", dir.resolve("curve.yaml").toString(), "--out", dir.resolve("out").toString());

        assertBadInput(run, "curve.yaml:5:", "variable x has the name of the curve's abscissa");
    }
}
