package org.evofit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13, defect 7: a model that is NaN or infinite at some points is never scored on the points that
 * stay finite, a result with such points is an error naming them, and data points no figure of merit
 * can use are bad input.
 */
class NonFiniteTest {

    private static final String GAUSSIAN = """
            kind: curve
            components:
              - name: g
                kind: gaussian
                height: {value: 10, min: 1, max: 20}
                center: {value: 2, min: 0, max: 6}
                sigma: {value: 1, min: 0.1, max: 3}
            EXTRA
            data:
              - file: data.dat
                columns: {x: 0, y: 1, error: 2}
            fom: chi2bars
            optimizer: {population: 20, generations: 40, seed: 3}
            """;

    @TempDir
    Path dir;

    @BeforeEach
    void writeData() throws IOException {
        GaussianPeakData.write(dir.resolve("data.dat"));
    }

    private Cli.Run fit(String extra) throws IOException {
        return fit(GAUSSIAN.replace("EXTRA", extra), "out");
    }

    private Cli.Run fit(String model, String out) throws IOException {
        Path file = dir.resolve("model.yaml");
        Files.writeString(file, model);
        return Cli.run("fit", file.toString(), "--out", dir.resolve(out).toString(), "--quiet");
    }

    /**
     * The issue's {@code 0*sqrt(x - k)}: the fit could blank every point below k and "improve" on the
     * points left. Only k <= 0 keeps the model finite everywhere, and there it is the plain Gaussian.
     */
    @Test
    void aFitCannotImproveByMakingTheModelNaNAtSomePoints() throws IOException {
        Cli.Run withTerm = fit(GAUSSIAN.replace("EXTRA", """
                  - name: e
                    kind: expression
                    expression: "0*sqrt(x - k)"
                    parameters: [k]
                    k: {value: 0, min: -6, max: 6}
                """), "with");
        Cli.Run without = fit(GAUSSIAN.replace("EXTRA", ""), "without");

        assertThat(withTerm.exitCode()).as(withTerm.err()).isZero();
        assertThat(without.exitCode()).as(without.err()).isZero();
        assertThat(parameter("with", "e.k")).isLessThanOrEqualTo(0);
        assertThat(fom("with")).isGreaterThanOrEqualTo(fom("without") * (1 - 1e-6));
    }

    private double parameter(String out, String name) throws IOException {
        return Files.readAllLines(dir.resolve(out).resolve("parameters.csv")).stream()
                .filter(l -> l.startsWith(name + ",")).mapToDouble(l -> Double.parseDouble(l.split(",")[1]))
                .findFirst().orElseThrow();
    }

    private double fom(String out) throws IOException {
        String json = Files.readString(dir.resolve(out).resolve("result.json"));
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"fom\" : ([^,\\s]+)").matcher(json);
        assertThat(m.find()).isTrue();
        return Double.parseDouble(m.group(1));
    }

    /** A coupling dividing by zero gave {@code g1.center = Infinity}: no feasible candidate, exit 1. */
    @Test
    void aResultWithANonFiniteParameterIsAnErrorNamingIt() throws IOException {
        String fixedCentre = GAUSSIAN.replace("center: {value: 2, min: 0, max: 6}", "center: 2");
        Cli.Run run = fit(fixedCentre.replace("EXTRA", """
                variables:
                  z: 0
                  c: {value: 3, min: 0, max: 6}
                couplings: ["g.center = c/z"]
                """), "out");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        assertThat(run.err()).startsWith("evofit: the fit found no candidate with a finite model")
                .contains("parameter g.center = Infinity");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void aModelThatIsNaNAtSomePointsOfTheResultIsAnErrorNamingThem() throws IOException {
        Cli.Run run = fit("""
                  - name: e
                    kind: expression
                    expression: "sqrt(x - 5)"
                    parameters: []
                """);

        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        assertThat(run.err()).contains("the model of data set data0 at 100 points: x = 0.0 (NaN), x = 0.05 (NaN)")
                .contains(" and 95 more");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    /** The issue's {@code value: "1/0"} scored chi2bars 0.00000. */
    @Test
    void aNonFiniteParameterValueIsBadInputAtItsLine() throws IOException {
        Cli.Run run = fit("  - {name: c, kind: constant, value: \"1/0\"}");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        assertThat(run.err()).contains("model.yaml:8:38: ").contains("c.value needs a finite value but '1/0' is Infinity");
    }

    @Test
    void dataPointsNoFigureOfMeritCanUseAreBadInputAtTheirLine() throws IOException {
        String good = Files.readString(dir.resolve("data.dat"));
        String[] bad = {"1e999", "nan", "-inf"};
        for (String y : bad) {
            Files.writeString(dir.resolve("data.dat"), good.replaceFirst("\\n0\\.10 \\S+", "\n0.10 " + y));
            Cli.Run run = fit("");
            assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
            assertThat(run.err()).contains("data.dat:3:6: expected a finite number in column 2 (y) but found '" + y + "'");
        }
        for (String e : new String[] {"0", "-0.5"}) {
            Files.writeString(dir.resolve("data.dat"), good.replaceFirst("(\\n0\\.10 \\S+) \\S+", "$1 " + e));
            Cli.Run run = fit("");
            assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
            assertThat(run.err()).contains("data.dat:3:").contains("a finite 1-sigma error greater than 0")
                    .contains("found '" + e + "'");
        }
        assertThat(dir.resolve("out")).doesNotExist();
    }
}
