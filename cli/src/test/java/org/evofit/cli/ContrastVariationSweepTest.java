package org.evofit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.evofit.wrapper.results.SummaryRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * examples/contrast-variation/sweep.yaml (issue 16): one joint model swept over two pairs of files, run k
 * reading file k of each data set's list. Its committed generator makes the committed pairs; each run
 * recovers the film thickness its pair was made with (the generator writes it in each file's first line);
 * summary.csv names each data set's file; mistakes in the per-data-set lists are exit 2 at their line with
 * nothing written.
 */
class ContrastVariationSweepTest {

    private static final Path EXAMPLE = Path.of(Cli.repo("examples/contrast-variation"));
    private static final List<String> PAIRS = List.of("sweep/d2o-65A.dat", "sweep/h2o-65A.dat", "sweep/d2o-80A.dat",
            "sweep/h2o-80A.dat");

    @TempDir
    Path dir;

    @Test
    void theCommittedGeneratorMakesTheCommittedPairs() throws IOException, InterruptedException {
        Files.copy(EXAMPLE.resolve("model.yaml"), dir.resolve("model.yaml"));
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                EXAMPLE.resolve("MakeData.java").toString(), dir.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("make.log").toFile()).start();
        assertThat(p.waitFor()).as(() -> text(dir.resolve("make.log"))).isZero();
        for (String file : List.of("d2o.dat", "h2o.dat", PAIRS.get(0), PAIRS.get(1), PAIRS.get(2), PAIRS.get(3))) {
            assertThat(dir.resolve(file)).as(file).hasSameTextualContentAs(EXAMPLE.resolve(file));
        }
    }

    @Test
    void eachRunRecoversTheThicknessItsPairWasMadeWith() throws IOException {
        Path out = dir.resolve("out");
        Cli.Run run = Cli.run("loop", EXAMPLE.resolve("sweep.yaml").toString(), "--out", out.toString(), "--quiet");
        assertThat(run.exitCode()).as(run.err()).isZero();
        SummaryRow.Table summary = SummaryRow.read(out.resolve("summary.csv"));
        assertThat(Files.readAllLines(out.resolve("summary.csv")).get(0))
                .startsWith("id,model,data,data.film in D2O,data.film in H2O,seed,status,fom");
        assertThat(summary.rows()).hasSize(2);
        int d = summary.parameters().indexOf("film.d");
        for (int k = 0; k < 2; k++) {
            SummaryRow row = summary.rows().get(k);
            Path d2o = EXAMPLE.resolve(PAIRS.get(2 * k)).toAbsolutePath().normalize();
            assertThat(row.dataSets()).isEqualTo(Map.of("film in D2O", d2o.toString(),
                    "film in H2O", EXAMPLE.resolve(PAIRS.get(2 * k + 1)).toAbsolutePath().normalize().toString()));
            double truth = JointFitExamplesTest.truth(d2o).get("film.d");
            assertThat(JointFitExamplesTest.truth(Path.of(row.dataSets().get("film in H2O"))).get("film.d")).isEqualTo(truth);
            double value = row.parameters().get(d).value();
            double sigma = row.parameters().get(d).error();
            System.out.printf("contrast-variation sweep run %s: film.d = %.6g ± %.2g (made with %s)%n", row.id(),
                    value, sigma, truth);
            assertThat(sigma).isPositive();
            assertThat(Math.abs(value - truth)).as("film.d = %s ± %s against %s", value, sigma, truth)
                    .isLessThanOrEqualTo(3 * sigma);
        }
    }

    @Test
    void listsOfDifferentLengthsAreExit2AtTheirLineWithNothingWritten() throws IOException {
        Cli.Run run = loop("""
                models: model.yaml
                data:
                  film in D2O: ["sweep/d2o-*.dat"]
                  film in H2O: [sweep/h2o-65A.dat]
                """);
        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        assertThat(run.err()).contains(dir.resolve("sweep.yaml") + ":4:",
                "data set 'film in H2O' has 1 files but 'film in D2O' has 2");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void aDataSetTheModelLacksIsExit2ListingItsDataSets() throws IOException {
        Cli.Run run = loop("""
                models: model.yaml
                data:
                  film in D2O: ["sweep/d2o-*.dat"]
                  in H2O: ["sweep/h2o-*.dat"]
                """);
        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        assertThat(run.err()).contains(dir.resolve("sweep.yaml") + ":4:", "has no data set 'in H2O'",
                "film in D2O, film in H2O");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    /** The example copied into the test's directory with this sweep file, looped into out/. */
    private Cli.Run loop(String sweep) throws IOException {
        Files.createDirectories(dir.resolve("sweep"));
        for (String file : List.of("model.yaml", "d2o.dat", "h2o.dat", PAIRS.get(0), PAIRS.get(1), PAIRS.get(2),
                PAIRS.get(3))) {
            Files.copy(EXAMPLE.resolve(file), dir.resolve(file));
        }
        Files.writeString(dir.resolve("sweep.yaml"), sweep);
        return Cli.run("loop", dir.resolve("sweep.yaml").toString(), "--out", dir.resolve("out").toString(), "--quiet");
    }

    private static String text(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return e.getMessage();
        }
    }
}
